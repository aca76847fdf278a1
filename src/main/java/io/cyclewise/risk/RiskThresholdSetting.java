package io.cyclewise.risk;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An administrator's value for one threshold (absent = the default). */
@Entity
@Table(name = "risk_threshold")
class RiskThresholdSetting {

	@Id
	@Enumerated(EnumType.STRING)
	@Column(length = 60)
	private Threshold name;

	@Column(nullable = false, precision = 12, scale = 4)
	private BigDecimal value;

	@Column(name = "changed_by", nullable = false, length = 60)
	private String changedBy;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Version
	private long version;

	protected RiskThresholdSetting() {
	}

	RiskThresholdSetting(Threshold name) {
		this.name = name;
	}

	void set(BigDecimal value, String changedBy, Instant changedAt) {
		this.value = value;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	Threshold getName() {
		return name;
	}

	BigDecimal getValue() {
		return value;
	}

	String getChangedBy() {
		return changedBy;
	}

	Instant getChangedAt() {
		return changedAt;
	}
}
