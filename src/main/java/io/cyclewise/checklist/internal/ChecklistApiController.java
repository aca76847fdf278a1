package io.cyclewise.checklist.internal;

import java.util.Locale;

import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.ChecklistResource;
import io.cyclewise.checklist.ChecklistService;
import io.cyclewise.shared.EntityVersions;
import io.cyclewise.shared.PreconditionFailedException;
import io.cyclewise.shared.RequestValidation;
import io.cyclewise.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An initiative's checklists in the API: read them, answer one item — with the page's checks and versions. */
@RestController
@Tag(name = "Checklists", description = "Necessary conditions, alignment practices, stage readiness and craft tactics, with answers and evidence")
class ChecklistApiController {

	private final ChecklistBoardService boards;
	private final ChecklistWork work;
	private final RequestValidation validation;
	private final MessageSource messages;

	ChecklistApiController(ChecklistBoardService boards, ChecklistWork work, RequestValidation validation,
			MessageSource messages) {
		this.boards = boards;
		this.work = work;
		this.validation = validation;
		this.messages = messages;
	}

	@GetMapping("/api/v1/initiatives/{id}/checklist")
	@Operation(summary = "Read an initiative's checklists", description = "Each current checklist with its completion "
			+ "and the items that apply (all mechanism conditions, marked applicable when the current mechanism needs "
			+ "them), each with its current answer (status, evidence, answered by and at) and version; answers to items "
			+ "that no longer apply are listed under kept. An answer a sudden shock in the external environment put "
			+ "to reassess carries reassessSince and reassessReason (the change's title) until the item is answered again.")
	ChecklistResource checklist(@PathVariable long id, Authentication authentication) {
		return boards.resource(id, CurrentUser.of(authentication));
	}

	@PutMapping("/api/v1/initiatives/{id}/checklist/items/{itemId}/answer")
	@Operation(summary = "Answer a checklist item", description = "Data scientists, and the initiative's lead. Body: "
			+ "status (MET, PARTLY_MET, NOT_MET; NOT_APPLICABLE with notApplicableReason, never for a necessary "
			+ "condition), note, links (http(s) addresses separated by spaces or new lines) and seenVersion: the item's "
			+ "version as read (-1 while unanswered). A stale seenVersion gets 412 with the current item, unless the "
			+ "same answer is stored already (outcome ALREADY_SAVED); a missing one 428.")
	ChecklistResource.AnswerResult answer(@PathVariable long id, @PathVariable long itemId,
			@RequestBody ChecklistAnswerForm form, Authentication authentication, Locale locale) {
		CurrentUser user = CurrentUser.of(authentication);
		work.workable(id, user);
		ChecklistKind kind = work.template(work.item(itemId)).getKind();
		if (form.getSeenVersion() == null) {
			EntityVersions.requireCurrentField(null, "seenVersion", boards.itemResource(id, itemId, user).version(),
					() -> null);
		}
		Errors errors = validation.validate(form, "answer");
		new ChecklistAnswerValidator(kind).validate(form, errors);
		RequestValidation.throwIfInvalid(withMessages(form, errors, locale));
		try {
			ChecklistService.Outcome outcome = work.answer(id, itemId, form.toInput(), form.getSeenVersion(), user);
			return new ChecklistResource.AnswerResult(outcome, boards.itemResource(id, itemId, user));
		}
		catch (StaleAnswerException | ObjectOptimisticLockingFailureException | DataIntegrityViolationException stale) {
			ChecklistResource.Item current = boards.itemResource(id, itemId, user);
			throw new PreconditionFailedException(current.version(), current, "seenVersion");
		}
	}

	/** The validator's errors carry message codes; the problem detail lists them in the caller's language. */
	private Errors withMessages(ChecklistAnswerForm form, Errors errors, Locale locale) {
		Errors resolved = new BeanPropertyBindingResult(form, errors.getObjectName());
		for (FieldError error : errors.getFieldErrors()) {
			resolved.rejectValue(error.getField(), "invalid", messages.getMessage(error, locale));
		}
		errors.getGlobalErrors().forEach(error -> resolved.reject("invalid", messages.getMessage(error, locale)));
		return resolved;
	}
}
