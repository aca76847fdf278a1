package io.cyclewise.signal.support;

import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.Errors;

/**
 * Every signal form carries a fresh submission id; the stored row keeps it (a unique column), so a second submit
 * of the same form (double click, back button, reload) stores nothing and tells the user why.
 */
public final class Submissions {

	public static final String ALREADY_RECORDED = "This form was already submitted and recorded; nothing was stored a second time. "
			+ "Reload the page to record another entry.";

	private Submissions() {
	}

	public static void check(Errors errors, UUID submissionId, boolean alreadyStored) {
		if (errors.hasFieldErrors("submissionId") || submissionId == null) {
			errors.reject("incomplete", "The form is incomplete (its submission id is missing); reload the page and try again.");
		}
		else if (alreadyStored) {
			duplicate(errors);
		}
	}

	/** A unique-key race on {@code submission_id}: the same form was stored by a parallel request. */
	public static boolean isDuplicate(DataIntegrityViolationException exception) {
		Throwable cause = exception.getMostSpecificCause();
		return cause.getMessage() != null && cause.getMessage().contains("submission_id");
	}

	public static void duplicate(Errors errors) {
		errors.reject("duplicate", ALREADY_RECORDED);
	}
}
