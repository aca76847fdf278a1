package io.cyclewise.risk;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lead's decision to accept a flag as a known risk until an expiry date; shown to executives. */
@Entity
@Table(name = "risk_acceptance")
public class RiskAcceptance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "flag_id", nullable = false)
	private Long flagId;

	@Column(nullable = false, length = 1000)
	private String reason;

	@Column(name = "expires_on", nullable = false)
	private LocalDate expiresOn;

	@Column(name = "accepted_by", nullable = false, length = 60)
	private String acceptedBy;

	@Column(name = "accepted_at", nullable = false)
	private Instant acceptedAt;

	protected RiskAcceptance() {
	}

	RiskAcceptance(Long flagId, String reason, LocalDate expiresOn, String acceptedBy, Instant acceptedAt) {
		this.flagId = flagId;
		this.reason = reason;
		this.expiresOn = expiresOn;
		this.acceptedBy = acceptedBy;
		this.acceptedAt = acceptedAt;
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
		return acceptedBy;
	}

	public Instant getAcceptedAt() {
		return acceptedAt;
	}
}
