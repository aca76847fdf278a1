package io.cyclewise.signal;

import io.cyclewise.shared.DomainTerm;

/**
 * What a lead decided about a context change (the ML-based capability alignment study: context sensitivity is answered
 * by retraining, by a reasoned judgement, or by returning to an earlier alignment phase). The risk flag clears only
 * once the decision has its evidence.
 */
public enum AcknowledgementOutcome implements DomainTerm {
	RETRAINED_OR_RECALIBRATED,
	NO_IMPACT,
	RETURNED_TO_EARLIER_PHASE
}
