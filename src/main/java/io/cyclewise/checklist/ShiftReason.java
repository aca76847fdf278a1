package io.cyclewise.checklist;

import io.cyclewise.shared.DomainTerm;

/** The JSIS 2022 value-creation study: why an initiative shifted to another value-creation mechanism. */
public enum ShiftReason implements DomainTerm {
	CONDITION_MET("Condition met", "A necessary condition became met, so a mechanism further right can deliver (left to right)."),
	CONDITION_LOST("Condition lost", "A necessary condition is no longer met, or never was (right to left)."),
	EXPECTATIONS("Expectations", "Management expectations, e.g. a push toward automation that equates ML with automation."),
	OTHER("Other", "Another reason, explained in words.");

	private final String label;
	private final String meaning;

	ShiftReason(String label, String meaning) {
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

	/** Condition met or lost names the condition that triggered the shift. */
	public boolean needsCondition() {
		return this == CONDITION_MET || this == CONDITION_LOST;
	}
}
