package io.cyclewise.signal;

import java.time.LocalDate;
import java.util.UUID;

import io.cyclewise.initiative.AlignmentPhase;

/**
 * A review to record; with the outcome "return to an earlier alignment phase" also the phase and the reason, and
 * the initiative version the lead saw (a phase return is refused if the initiative changed meanwhile).
 */
public record NewReview(LocalDate reviewedOn, String participants, ReviewOutcome outcome, String decisions,
		AlignmentPhase returnToPhase, String returnReason, Long initiativeVersion, UUID submissionId) {
}
