package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/** States of the ML User Cycle (the ML-based capability alignment study; the values are the domain brief's operationalization). */
public enum UserCycleState implements DomainTerm {
	IDENTIFIED("Identified", "Users and their tasks known."),
	ENGAGED("Engaged", "Involved in requirements and tests."),
	PILOTING("Piloting", "Some use it live."),
	ADOPTING("Adopting", "Broad use; roles changing."),
	ROUTINIZED("Routinized", "Use embedded in daily work."),
	DISENGAGING("Disengaging", "Use declining.");

	private final String label;
	private final String meaning;

	UserCycleState(String label, String meaning) {
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
