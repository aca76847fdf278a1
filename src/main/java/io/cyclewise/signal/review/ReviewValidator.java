package io.cyclewise.signal.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.signal.ReviewOutcome;
import io.cyclewise.signal.support.FormDates;
import io.cyclewise.signal.support.Submissions;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of a review beyond Bean Validation: not in the future, not stored already, and a phase return names an
 * earlier phase and a reason, against the initiative as the lead saw it (a change meanwhile is reported, the input
 * kept, and the form takes the current version so a second submit goes through).
 */
@Component
class ReviewValidator {

	private final ReviewRepository reviews;
	private final InitiativeService initiatives;
	private final Clock clock;

	ReviewValidator(ReviewRepository reviews, InitiativeService initiatives, Clock clock) {
		this.reviews = reviews;
		this.initiatives = initiatives;
		this.clock = clock;
	}

	/** The rules for a review of this initiative. */
	Validator forInitiative(long initiativeId) {
		return Validator.forInstanceOf(ReviewForm.class,
				(form, errors) -> validate(initiatives.get(initiativeId), form, errors));
	}

	private void validate(InitiativeSummary initiative, ReviewForm form, Errors errors) {
		Submissions.check(errors, form.getSubmissionId(),
				form.getSubmissionId() != null && reviews.existsBySubmissionId(form.getSubmissionId()));
		FormDates.notInFuture(errors, "reviewedOn", form.getReviewedOn(), LocalDate.now(clock));
		if (form.getOutcome() != ReviewOutcome.RETURN_TO_EARLIER_PHASE) {
			if (form.getReturnToPhase() != null && !errors.hasFieldErrors("returnToPhase")) {
				errors.rejectValue("returnToPhase", "signal.review.returnToPhase.notReturning",
						new Object[] { label(ReviewOutcome.RETURN_TO_EARLIER_PHASE.labelCode()) }, null);
			}
			return;
		}
		AlignmentPhase current = initiative.alignmentPhase();
		if (form.getReturnToPhase() == null) {
			if (!errors.hasFieldErrors("returnToPhase")) {
				errors.rejectValue("returnToPhase", "signal.review.returnToPhase.required");
			}
		}
		else if (form.getReturnToPhase().ordinal() >= current.ordinal()) {
			errors.rejectValue("returnToPhase", current == AlignmentPhase.REINITIATING
					? "signal.review.returnToPhase.noneEarlier" : "signal.review.returnToPhase.notEarlier",
					new Object[] { label(current.labelCode()) }, null);
		}
		if ((form.getReturnReason() == null || form.getReturnReason().isBlank()) && !errors.hasFieldErrors("returnReason")) {
			errors.rejectValue("returnReason", "signal.review.returnReason.required");
		}
		if (!errors.hasErrors() && !Objects.equals(form.getInitiativeVersion(), initiative.version())) {
			errors.reject("signal.review.stale", new Object[] { initiative.updatedBy(),
					String.valueOf(initiative.updatedAt()), label(current.labelCode()) }, null);
			form.setInitiativeVersion(initiative.version());
		}
	}

	private static Object label(String code) {
		return new DefaultMessageSourceResolvable(code);
	}
}
