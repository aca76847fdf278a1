package io.cyclewise.signal;

import io.cyclewise.shared.DomainTerm;

/**
 * What a lead decided about a context change (the ML-based capability alignment study: context sensitivity is answered
 * by retraining, by a reasoned judgement, or by returning to an earlier alignment phase). The risk flag clears only
 * once the decision has its evidence.
 */
public enum AcknowledgementOutcome implements DomainTerm {
	RETRAINED_OR_RECALIBRATED("Retrained or recalibrated",
			"The model was retrained or recalibrated for the change. Evidence: an observation or a data check dated on "
					+ "or after the change."),
	NO_IMPACT("No impact",
			"The change does not affect this initiative. Say why; the reason is shown with the flags for review."),
	RETURNED_TO_EARLIER_PHASE("Returned to an earlier alignment phase",
			"A review returned the initiative to (Re)Initiating or Effectuating Alignment. Evidence: that review, dated "
					+ "on or after the change.");

	private final String label;
	private final String meaning;

	AcknowledgementOutcome(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String meaning() {
		return meaning;
	}
}
