package io.cyclewise.checklist;

import io.cyclewise.initiative.ValueCreationMechanism;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The JSIS 2022 value-creation study: a lead shifts the mechanism, saying why, what triggered it, where it came from and who drove it. */
public class MechanismShiftForm {

	/** The mechanism the lead saw when opening the form, so a shift made meanwhile is noticed. */
	@NotNull(message = "The form is incomplete; reload the page.")
	private ValueCreationMechanism from;

	@NotNull(message = "Choose the mechanism to shift to.")
	private ValueCreationMechanism to;

	@NotNull(message = "Choose why the mechanism shifts.")
	private ShiftReason reason;

	private NecessaryCondition triggeringCondition;

	@NotNull(message = "Say whether the cause is internal or external.")
	private ShiftCause cause;

	@NotNull(message = "Choose who initiated the shift.")
	private ShiftInitiator initiator;

	@Size(max = 800, message = "The explanation has at most 800 characters.")
	private String explanation;

	@AssertTrue(message = "Name the condition that was met or lost.")
	public boolean isConditionNamedWhenNeeded() {
		return reason == null || !reason.needsCondition() || triggeringCondition != null;
	}

	@AssertTrue(message = "Choose a mechanism other than the current one.")
	public boolean isAnotherMechanism() {
		return to == null || from == null || to != from;
	}

	String explanationOrNull() {
		return explanation == null || explanation.isBlank() ? null : explanation.trim();
	}

	/** The words for the registry's history row, e.g. "Condition lost: Stable environment (external, by management). …". */
	String historyReason() {
		StringBuilder text = new StringBuilder(reason.label());
		if (triggeringCondition != null) {
			text.append(": ").append(triggeringCondition.label());
		}
		text.append(" (").append(cause.label().toLowerCase()).append(" cause, initiated by ")
			.append(initiator.label().toLowerCase()).append(')');
		String words = explanationOrNull();
		if (words != null) {
			text.append(". ").append(words);
		}
		return text.length() <= 1000 ? text.toString() : text.substring(0, 999) + "…";
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
