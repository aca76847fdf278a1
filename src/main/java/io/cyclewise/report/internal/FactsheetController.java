package io.cyclewise.report.internal;

import java.util.Locale;
import java.util.Map;

import io.cyclewise.user.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An initiative's factsheet: the print-ready page and the same page as PDF. Whoever may read the initiative. */
@Controller
class FactsheetController {

	private final FactsheetService factsheets;
	private final ReportRenderer renderer;

	FactsheetController(FactsheetService factsheets, ReportRenderer renderer) {
		this.factsheets = factsheets;
		this.renderer = renderer;
	}

	@GetMapping("/initiatives/{id}/factsheet")
	ResponseEntity<String> page(@PathVariable long id, Authentication authentication, Locale locale) {
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(html(id, authentication, false, locale));
	}

	@GetMapping("/initiatives/{id}/factsheet.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication authentication, Locale locale) {
		byte[] pdf = renderer.pdf(html(id, authentication, true, locale));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("factsheet-" + id + ".pdf").build().toString())
			.body(pdf);
	}

	/** In the request's language. */
	private String html(long id, Authentication authentication, boolean pdf, Locale locale) {
		Factsheet sheet = factsheets.of(id, CurrentUser.of(authentication), locale);
		return renderer.html("report/factsheet", Map.of("sheet", sheet, "pdf", pdf), locale);
	}
}
