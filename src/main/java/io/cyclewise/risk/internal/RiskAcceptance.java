package io.cyclewise.risk.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.cyclewise.shared.Recorded;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lead's decision to accept a flag as a known risk until an expiry date; shown to executives. */
@Entity
@Table(name = "risk_acceptance")
@AttributeOverride(name = "recordedBy", column = @Column(name = "accepted_by", nullable = false, updatable = false, length = 60))
@AttributeOverride(name = "recordedAt", column = @Column(name = "accepted_at", nullable = false, updatable = false))
public class RiskAcceptance extends Recorded {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "flag_id", nullable = false)
	private Long flagId;

	@Column(nullable = false, length = 1000)
	private String reason;

	@Column(name = "expires_on", nullable = false)
	private LocalDate expiresOn;

	protected RiskAcceptance() {
	}

	public RiskAcceptance(Long flagId, String reason, LocalDate expiresOn, String acceptedBy, Instant acceptedAt) {
		super(acceptedBy, acceptedAt);
		this.flagId = flagId;
		this.reason = reason;
		this.expiresOn = expiresOn;
	}

	public boolean isInForceOn(LocalDate day) {
		return !expiresOn.isBefore(day);
	}

	public Long getId() {
		return id;
	}

	public Long getFlagId() {
		return flagId;
	}

	public String getReason() {
		return reason;
	}

	public LocalDate getExpiresOn() {
		return expiresOn;
	}

	public String getAcceptedBy() {
		return getRecordedBy();
	}

	public Instant getAcceptedAt() {
		return getRecordedAt();
	}
}
