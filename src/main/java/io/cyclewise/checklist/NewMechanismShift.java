package io.cyclewise.checklist;

import io.cyclewise.initiative.ValueCreationMechanism;

/**
 * The JSIS 2022 value-creation study's shifting practice as a command: move an initiative from the mechanism the
 * person saw ({@code from}) to another, saying why, what triggered it, where it came from and who drove it.
 * @param triggeringCondition required when the reason is "condition met" or "condition lost"
 * @param explanation optional words; blank counts as none
 */
public record NewMechanismShift(ValueCreationMechanism from, ValueCreationMechanism to, ShiftReason reason,
		NecessaryCondition triggeringCondition, ShiftCause cause, ShiftInitiator initiator, String explanation) {

	public NewMechanismShift {
		explanation = explanation == null || explanation.isBlank() ? null : explanation.trim();
	}
}
