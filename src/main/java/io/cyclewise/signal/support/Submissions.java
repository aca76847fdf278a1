package io.cyclewise.signal.support;

import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.Errors;

/**
 * Every signal form carries a fresh submission id; the stored row keeps it (a unique column), so a second submit
 * of the same form (double click, back button, reload) stores nothing and tells the user why.
 */
public final class Submissions {

	/** The code of the error that says the form was stored already (an integration treats it as a duplicate). */
	public static final String DUPLICATE = "signal.submission.duplicate";

	private Submissions() {
	}

	public static void check(Errors errors, UUID submissionId, boolean alreadyStored) {
		if (errors.hasFieldErrors("submissionId") || submissionId == null) {
			errors.reject("signal.submission.incomplete");
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
		errors.reject(DUPLICATE);
	}
}
