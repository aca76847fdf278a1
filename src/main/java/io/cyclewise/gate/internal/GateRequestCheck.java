package io.cyclewise.gate.internal;

import io.cyclewise.gate.CheckStatus;
import io.cyclewise.gate.GateCheck;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One check as it stood when the gate was requested: wording, status, evidence and the waiver reason. Never changed. */
@Entity
@Table(name = "gate_request_check")
class GateRequestCheck {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Column(nullable = false)
	private int position;

	@Column(name = "check_key", nullable = false, length = 80)
	private String checkKey;

	@Column(nullable = false, length = 1000)
	private String label;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CheckStatus status;

	@Column(length = 4000)
	private String evidence;

	@Column(name = "waiver_reason", length = 1000)
	private String waiverReason;

	protected GateRequestCheck() {
	}

	GateRequestCheck(long requestId, int position, GateCheck check, String waiverReason) {
		this.requestId = requestId;
		this.position = position;
		this.checkKey = check.key();
		this.label = check.label();
		this.status = check.status();
		this.evidence = check.evidence() == null ? null
				: check.evidence().substring(0, Math.min(4000, check.evidence().length()));
		this.waiverReason = waiverReason;
	}

	GateReadiness.Snapshot snapshot() {
		return new GateReadiness.Snapshot(checkKey, label, status);
	}

	int getPosition() {
		return position;
	}

	String getCheckKey() {
		return checkKey;
	}

	String getLabel() {
		return label;
	}

	CheckStatus getStatus() {
		return status;
	}

	String getEvidence() {
		return evidence;
	}

	String getWaiverReason() {
		return waiverReason;
	}
}
