package io.cyclewise.checklist;

import java.time.Instant;

import io.cyclewise.initiative.ValueCreationMechanism;

/**
 * One recorded mechanism shift of an initiative (the JSIS 2022 value-creation study's shifting practice), read-only.
 * @param madeInEditForm the mechanism was changed in the registry's edit form, which asks for no structured reason
 */
public record RecordedShift(long id, long initiativeId, ValueCreationMechanism fromMechanism,
		ValueCreationMechanism toMechanism, ShiftReason reason, NecessaryCondition triggeringCondition, ShiftCause cause,
		ShiftInitiator initiator, String explanation, boolean madeInEditForm, Instant shiftedAt, String shiftedBy) {

	/** Left to right (toward autonomous agents) is the dominant direction in the paper. */
	public boolean toTheRight() {
		return toMechanism.type().ordinal() > fromMechanism.type().ordinal();
	}

	/** The message code of why, as pages show it: shifts made in the edit form have no reason of their own. */
	public String reasonCode() {
		return madeInEditForm ? "checklist.shift.reason.editForm" : reason.labelCode();
	}

	/** The message code of the direction in the paper's terms. */
	public String directionCode() {
		return toTheRight() ? "checklist.shift.direction.right"
				: fromMechanism.type() == toMechanism.type() ? "checklist.shift.direction.within" : "checklist.shift.direction.left";
	}
}
