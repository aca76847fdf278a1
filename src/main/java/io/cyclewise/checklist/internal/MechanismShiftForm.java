package io.cyclewise.checklist.internal;

import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.checklist.NewMechanismShift;
import io.cyclewise.checklist.ShiftCause;
import io.cyclewise.checklist.ShiftInitiator;
import io.cyclewise.checklist.ShiftReason;
import io.cyclewise.initiative.ValueCreationMechanism;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The JSIS 2022 value-creation study: a lead shifts the mechanism, saying why, what triggered it, where it came from and who drove it. */
public class MechanismShiftForm {

	/** The mechanism the lead saw when opening the form, so a shift made meanwhile is noticed. */
	@NotNull(message = "{checklist.form.incomplete}")
	private ValueCreationMechanism from;

	@NotNull(message = "{checklist.shift.to.required}")
	private ValueCreationMechanism to;

	@NotNull(message = "{checklist.shift.reason.required}")
	private ShiftReason reason;

	private NecessaryCondition triggeringCondition;

	@NotNull(message = "{checklist.shift.cause.required}")
	private ShiftCause cause;

	@NotNull(message = "{checklist.shift.initiator.required}")
	private ShiftInitiator initiator;

	@Size(max = 800, message = "{checklist.shift.explanation.size}")
	private String explanation;

	@AssertTrue(message = "{checklist.shift.condition.required}")
	public boolean isConditionNamedWhenNeeded() {
		return reason == null || !reason.needsCondition() || triggeringCondition != null;
	}

	@AssertTrue(message = "{checklist.shift.to.other}")
	public boolean isAnotherMechanism() {
		return to == null || from == null || to != from;
	}

	NewMechanismShift toCommand() {
		return new NewMechanismShift(from, to, reason, triggeringCondition, cause, initiator, explanation);
	}

	public ValueCreationMechanism getFrom() {
		return from;
	}

	public void setFrom(ValueCreationMechanism from) {
		this.from = from;
	}

	public ValueCreationMechanism getTo() {
		return to;
	}

	public void setTo(ValueCreationMechanism to) {
		this.to = to;
	}

	public ShiftReason getReason() {
		return reason;
	}

	public void setReason(ShiftReason reason) {
		this.reason = reason;
	}

	public NecessaryCondition getTriggeringCondition() {
		return triggeringCondition;
	}

	public void setTriggeringCondition(NecessaryCondition triggeringCondition) {
		this.triggeringCondition = triggeringCondition;
	}

	public ShiftCause getCause() {
		return cause;
	}

	public void setCause(ShiftCause cause) {
		this.cause = cause;
	}

	public ShiftInitiator getInitiator() {
		return initiator;
	}

	public void setInitiator(ShiftInitiator initiator) {
		this.initiator = initiator;
	}

	public String getExplanation() {
		return explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}
}
