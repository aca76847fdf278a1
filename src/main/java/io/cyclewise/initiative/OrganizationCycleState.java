package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/** States of the ML Organization Cycle (the ML-based capability alignment study; the values are the domain brief's operationalization). */
public enum OrganizationCycleState implements DomainTerm {
	FORMING("Forming", "Sponsor and team being assembled; roles undefined."),
	STAFFED("Staffed", "Roles assigned, resources committed."),
	ROUTINIZING("Routinizing", "Roles and processes adapting to live operation."),
	ESTABLISHED("Established", "Stable roles and routines, e.g. full-time ML trainers."),
	RESTRUCTURING("Restructuring", "An organizational change is under way.");

	private final String label;
	private final String meaning;

	OrganizationCycleState(String label, String meaning) {
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
