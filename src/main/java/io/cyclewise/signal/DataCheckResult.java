package io.cyclewise.signal;

import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study task context change / Hopf, Müller, Shollo & Thiess data drift: does the training data still match the operational data? */
public enum DataCheckResult implements DomainTerm {
	CONSISTENT("Consistent", "The training data still matches the data that feeds the model in operation."),
	DRIFTED("Drifted", "The statistical distribution of the operational data has moved away from the training data."),
	NOT_CHECKED("Not checked", "A check was due but could not be made (e.g. no operational data available).");

	private final String label;
	private final String meaning;

	DataCheckResult(String label, String meaning) {
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
