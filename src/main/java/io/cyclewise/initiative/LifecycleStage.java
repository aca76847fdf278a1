package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/** Papineni & Lind (2023): five lifecycle stages taken from the literature; an initiative in operation is past all five. */
public enum LifecycleStage implements DomainTerm {
	REQUIREMENTS_ANALYSIS("Requirements analysis", "Identify all necessary project elements."),
	DATA_MANAGEMENT("Data management", "Prepare the data needed."),
	BENCHMARKING_METRICS("Benchmarking metrics", "Measure the performance of the system being deployed."),
	USER_ACCEPTANCE_TESTING("User acceptance testing", "Users test whether it works as they expect."),
	PRIVACY_POLICY("Privacy policy", "Policies that protect system data."),
	IN_OPERATION("In operation", "Past all five stages: deployed and in use.");

	private final String label;
	private final String meaning;

	LifecycleStage(String label, String meaning) {
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
