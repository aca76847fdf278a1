package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/** States of the ML Technology Cycle (the ML-based capability alignment study; the values are the domain brief's operationalization). */
public enum TechnologyCycleState implements DomainTerm {
	EXPLORING("Exploring", "Data access and feasibility."),
	PROTOTYPING("Prototyping", "Building first models."),
	VALIDATING("Validating", "Evaluating models before release."),
	DEPLOYED("Deployed", "Running on live data."),
	RETRAINING("Retraining", "Being updated for changed data or context."),
	RETIRED("Retired", "Taken out of use.");

	private final String label;
	private final String meaning;

	TechnologyCycleState(String label, String meaning) {
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
