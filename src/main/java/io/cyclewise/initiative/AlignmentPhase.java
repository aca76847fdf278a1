package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study: organizations move iteratively through three alignment phases and return to earlier ones. */
public enum AlignmentPhase implements DomainTerm {
	REINITIATING("development"),
	EFFECTUATING("release"),
	SUSTAINING("operation");

	private final String lifecycle;

	AlignmentPhase(String lifecycle) {
		this.lifecycle = lifecycle;
	}

	/** The part of the lifecycle the phase spans: development, release or operation. */
	public String lifecycle() {
		return lifecycle;
	}
}
