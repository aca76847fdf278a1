package io.cyclewise.checklist;

import io.cyclewise.shared.DomainTerm;

/** The JSIS 2022 value-creation study: why an initiative shifted to another value-creation mechanism. */
public enum ShiftReason implements DomainTerm {
	CONDITION_MET,
	CONDITION_LOST,
	EXPECTATIONS,
	OTHER;

	/** Condition met or lost names the condition that triggered the shift. */
	public boolean needsCondition() {
		return this == CONDITION_MET || this == CONDITION_LOST;
	}
}
