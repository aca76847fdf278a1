package io.cyclewise.signal;

import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study, task context change: where a measurement came from, so training and live performance can be compared. */
public enum ObservationSource implements DomainTerm {
	TRAINING("Training / validation data", "Measured on the data the model was trained or validated on."),
	OPERATIONAL("Operational data", "Measured on live data in operation, in a real user context.");

	private final String label;
	private final String meaning;

	ObservationSource(String label, String meaning) {
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
