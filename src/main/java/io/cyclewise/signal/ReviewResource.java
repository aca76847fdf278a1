package io.cyclewise.signal;

import java.time.Instant;
import java.time.LocalDate;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.signal.review.Review;

/** One recorded review in the API; a phase return names the phase before and after, with the reason. */
public record ReviewResource(long id, long initiativeId, LocalDate reviewedOn, String participants,
		ReviewOutcome outcome, String decisions, AlignmentPhase phaseAtReview, AlignmentPhase returnedToPhase,
		String returnReason, String recordedBy, Instant recordedAt) {

	static ReviewResource of(Review review) {
		return new ReviewResource(review.getId(), review.getInitiativeId(), review.getReviewedOn(),
				review.getParticipants(), review.getOutcome(), review.getDecisions(), review.getPhaseAtReview(),
				review.getReturnedToPhase(), review.getReturnReason(), review.getRecordedBy(), review.getRecordedAt());
	}
}
