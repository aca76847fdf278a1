package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study: organizations move iteratively through three alignment phases and return to earlier ones. */
public enum AlignmentPhase implements DomainTerm {
	REINITIATING("(Re)Initiating Alignment", "development",
			"Setting up the ML Organization, Technology and User Cycles and their interplay."),
	EFFECTUATING("Effectuating Alignment", "release",
			"The reality check: the model meets live data and real users, expectations meet actual performance, roles start to be routinized."),
	SUSTAINING("Sustaining Alignment", "operation",
			"Responding to constant change in at least one cycle and staying vigilant about context changes; may cycle back to an earlier phase.");

	private final String label;
	private final String lifecycle;
	private final String meaning;

	AlignmentPhase(String label, String lifecycle, String meaning) {
		this.label = label;
		this.lifecycle = lifecycle;
		this.meaning = meaning;
	}

	@Override
	public String label() {
		return label;
	}

	/** The part of the lifecycle the phase spans: development, release or operation. */
	public String lifecycle() {
		return lifecycle;
	}

	@Override
	public String meaning() {
		return meaning;
	}
}
