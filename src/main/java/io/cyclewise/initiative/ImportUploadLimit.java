package io.cyclewise.initiative;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the multipart limit ({@code spring.servlet.multipart.max-file-size}) is refused while the request is
 * parsed, before any controller is chosen, so only an advice sees it. The import is the portal's only upload:
 * answer with its page and a message instead of an error page.
 */
@ControllerAdvice
class ImportUploadLimit {

	private final InitiativeImportController importPage;

	ImportUploadLimit(InitiativeImportController importPage) {
		this.importPage = importPage;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException exception) {
		ModelAndView page = new ModelAndView(InitiativeImportController.VIEW, importPage.pageModel(ImportPreview.refused(
				"The file is larger than 2 MiB; an import takes at most 2 MiB (and " + InitiativeImport.MAX_ROWS
						+ " rows). Split it into several files."), null));
		page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
		return page;
	}
}
