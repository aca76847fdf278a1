package io.cyclewise.signal;

import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study, sustaining alignment: what a review concluded. */
public enum ReviewOutcome implements DomainTerm {
	CONTINUE("Cycles aligned: continue", "The three cycles still interact consistently; no change needed."),
	ADJUST("Adjust within the phase", "Responses to changes in the context or the cycles are decided; the phase stays."),
	RETURN_TO_EARLIER_PHASE("Return to an earlier alignment phase",
			"When needed, returning to (Re)Initiating or Effectuating Alignment.");

	private final String label;
	private final String meaning;

	ReviewOutcome(String label, String meaning) {
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
