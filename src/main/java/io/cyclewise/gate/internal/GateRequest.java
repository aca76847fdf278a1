package io.cyclewise.gate.internal;

import java.time.Instant;

import io.cyclewise.gate.GateKind;
import io.cyclewise.gate.GateStatus;
import io.cyclewise.gate.GateVerdict;
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
import jakarta.persistence.Version;

/**
 * A request to move an initiative one step forward, and its decision. The checks at request time are
 * {@link GateRequestCheck} rows; the initiative's version then tells whether the request went stale.
 */
@Entity
@Table(name = "gate_request")
@AttributeOverride(name = "recordedBy", column = @Column(name = "requested_by", nullable = false, updatable = false, length = 60))
@AttributeOverride(name = "recordedAt", column = @Column(name = "requested_at", nullable = false, updatable = false))
class GateRequest extends Recorded {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_id", nullable = false)
	private Long initiativeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private GateKind kind;

	@Column(name = "from_value", nullable = false, length = 40)
	private String fromValue;

	@Column(name = "to_value", nullable = false, length = 40)
	private String toValue;

	@Column(length = 2000)
	private String note;

	@Column(name = "initiative_version", nullable = false)
	private long initiativeVersion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private GateStatus status;

	// Decided (or withdrawn) by and when: null while pending (the table's CHECK wants them so), hence not Changed.
	@Column(name = "decided_by", length = 60)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_comment", length = 2000)
	private String decisionComment;

	@Version
	private long version;

	protected GateRequest() {
	}

	GateRequest(long initiativeId, GateKind kind, String fromValue, String toValue, String requestedBy,
			Instant requestedAt, String note, long initiativeVersion) {
		super(requestedBy, requestedAt);
		this.initiativeId = initiativeId;
		this.kind = kind;
		this.fromValue = fromValue;
		this.toValue = toValue;
		this.note = note;
		this.initiativeVersion = initiativeVersion;
		this.status = GateStatus.PENDING;
	}

	void decide(GateVerdict verdict, String username, Instant when, String comment) {
		this.status = verdict == GateVerdict.APPROVED ? GateStatus.APPROVED : GateStatus.REJECTED;
		this.decidedBy = username;
		this.decidedAt = when;
		this.decisionComment = comment;
	}

	void withdraw(String username, Instant when) {
		this.status = GateStatus.WITHDRAWN;
		this.decidedBy = username;
		this.decidedAt = when;
	}

	boolean isPending() {
		return status == GateStatus.PENDING;
	}

	boolean isRequestedBy(String username) {
		return getRequestedBy().equalsIgnoreCase(username);
	}

	Long getId() {
		return id;
	}

	Long getInitiativeId() {
		return initiativeId;
	}

	GateKind getKind() {
		return kind;
	}

	String getFromValue() {
		return fromValue;
	}

	String getToValue() {
		return toValue;
	}

	/** Who requested the gate: the row's author. */
	String getRequestedBy() {
		return getRecordedBy();
	}

	Instant getRequestedAt() {
		return getRecordedAt();
	}

	String getNote() {
		return note;
	}

	long getInitiativeVersion() {
		return initiativeVersion;
	}

	GateStatus getStatus() {
		return status;
	}

	String getDecidedBy() {
		return decidedBy;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}

	String getDecisionComment() {
		return decisionComment;
	}

	long getVersion() {
		return version;
	}
}
