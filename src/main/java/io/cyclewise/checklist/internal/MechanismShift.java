package io.cyclewise.checklist.internal;

import java.time.Instant;

import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.checklist.RecordedShift;
import io.cyclewise.checklist.ShiftCause;
import io.cyclewise.checklist.ShiftInitiator;
import io.cyclewise.checklist.ShiftReason;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.shared.Recorded;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The JSIS 2022 value-creation study's shifting practice: one move of an initiative from one value-creation mechanism to another, with
 * why, what triggered it and who drove it. Rows are only ever added; together they are the trajectory.
 */
@Entity
@Table(name = "mechanism_shift")
@AttributeOverride(name = "recordedBy", column = @Column(name = "shifted_by", nullable = false, updatable = false, length = 60))
@AttributeOverride(name = "recordedAt", column = @Column(name = "shifted_at", nullable = false, updatable = false))
public class MechanismShift extends Recorded {

	/** Where the shift was made: the shift form (with a structured reason) or the registry's edit form. */
	public enum Source {
		SHIFT_FORM, REGISTRY_EDIT
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_id", nullable = false)
	private Long initiativeId;

	/** The registry's history row of the same change. */
	@Column(name = "initiative_change_id", unique = true)
	private Long initiativeChangeId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_mechanism", nullable = false, length = 50)
	private ValueCreationMechanism fromMechanism;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_mechanism", nullable = false, length = 50)
	private ValueCreationMechanism toMechanism;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ShiftReason reason;

	@Enumerated(EnumType.STRING)
	@Column(name = "triggering_condition", length = 60)
	private NecessaryCondition triggeringCondition;

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private ShiftCause cause;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private ShiftInitiator initiator;

	@Column(length = 1000)
	private String explanation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Source source;

	protected MechanismShift() {
	}

	MechanismShift(Long initiativeId, ValueCreationMechanism fromMechanism, ValueCreationMechanism toMechanism,
			ShiftReason reason, NecessaryCondition triggeringCondition, ShiftCause cause, ShiftInitiator initiator,
			String explanation, Source source, String shiftedBy, Instant shiftedAt) {
		super(shiftedBy, shiftedAt);
		this.initiativeId = initiativeId;
		this.fromMechanism = fromMechanism;
		this.toMechanism = toMechanism;
		this.reason = reason;
		this.triggeringCondition = triggeringCondition;
		this.cause = cause;
		this.initiator = initiator;
		this.explanation = explanation;
		this.source = source;
	}

	void linkTo(Long initiativeChangeId) {
		this.initiativeChangeId = initiativeChangeId;
	}

	/** The shift as other modules and pages read it. */
	public RecordedShift toRecord() {
		return new RecordedShift(id, initiativeId, fromMechanism, toMechanism, reason, triggeringCondition, cause,
				initiator, explanation, source == Source.REGISTRY_EDIT, getShiftedAt(), getShiftedBy());
	}

	public Long getId() {
		return id;
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public Long getInitiativeChangeId() {
		return initiativeChangeId;
	}

	public ValueCreationMechanism getFromMechanism() {
		return fromMechanism;
	}

	public ValueCreationMechanism getToMechanism() {
		return toMechanism;
	}

	public ShiftReason getReason() {
		return reason;
	}

	public NecessaryCondition getTriggeringCondition() {
		return triggeringCondition;
	}

	public ShiftCause getCause() {
		return cause;
	}

	public ShiftInitiator getInitiator() {
		return initiator;
	}

	public String getExplanation() {
		return explanation;
	}

	public Source getSource() {
		return source;
	}

	public Instant getShiftedAt() {
		return getRecordedAt();
	}

	public String getShiftedBy() {
		return getRecordedBy();
	}
}
