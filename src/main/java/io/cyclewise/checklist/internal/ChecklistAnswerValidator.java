package io.cyclewise.checklist.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistKind;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of an answer that depend on its checklist (a necessary condition is never "not applicable", the JSIS
 * 2022 value-creation study: missing any one means the mechanism cannot deliver) and on the evidence links: only
 * absolute http(s) addresses, at most ten. Runs after Bean Validation of {@link ChecklistAnswerForm}.
 */
public class ChecklistAnswerValidator implements Validator {

	/** The item's checklist; null when the item is unknown (the request is then refused with 404 anyway). */
	private final ChecklistKind kind;

	public ChecklistAnswerValidator(ChecklistKind kind) {
		this.kind = kind;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ChecklistAnswerForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ChecklistAnswerForm form = (ChecklistAnswerForm) target;
		boolean notApplicableAllowed = kind == null || kind.isNotApplicableAllowed();
		if (form.getStatus() == null) {
			if (!errors.hasFieldErrors("status")) {
				errors.rejectValue("status", notApplicableAllowed ? "checklist.answer.status.required"
						: "checklist.answer.status.requiredCondition");
			}
		}
		else if (form.getStatus() == AnswerStatus.NOT_APPLICABLE && !notApplicableAllowed) {
			errors.rejectValue("status", "checklist.answer.status.conditionNeverNotApplicable");
		}
		else if (form.getStatus() == AnswerStatus.NOT_APPLICABLE && blank(form.getNotApplicableReason())) {
			errors.rejectValue("notApplicableReason", "checklist.answer.notApplicableReason.required");
		}
		rejectLinks(form, errors);
	}

	private static void rejectLinks(ChecklistAnswerForm form, Errors errors) {
		if (form.getLinks() == null) {
			return;
		}
		if (form.getLinks().length() > ChecklistAnswerForm.MAX_LINKS * (ChecklistAnswerForm.MAX_LINK + 1)) {
			errors.rejectValue("links", "checklist.answer.links.tooMuch");
			return;
		}
		List<String> links = form.linkList();
		if (links.size() > ChecklistAnswerForm.MAX_LINKS) {
			errors.rejectValue("links", "checklist.answer.links.tooMany");
			return;
		}
		for (String link : links) {
			if (link.length() > ChecklistAnswerForm.MAX_LINK) {
				errors.rejectValue("links", "checklist.answer.links.tooLong");
				return;
			}
			if (!isWebAddress(link)) {
				errors.rejectValue("links", "checklist.answer.links.notWeb", new Object[] { abbreviate(link) }, null);
				return;
			}
		}
	}

	/** An absolute http(s) address with a host; anything else (javascript:, data:, relative paths) is refused. */
	static boolean isWebAddress(String link) {
		try {
			URI uri = new URI(link);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException malformed) {
			return false;
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 60 ? text : text.substring(0, 57) + "…";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
