package io.cyclewise.risk.internal;

import java.math.BigDecimal;
import java.time.Instant;

import io.cyclewise.risk.Threshold;
import io.cyclewise.shared.Changed;
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
public class RiskThresholdSetting extends Changed {

	@Id
	@Enumerated(EnumType.STRING)
	@Column(length = 60)
	private Threshold name;

	@Column(nullable = false, precision = 12, scale = 4)
	private BigDecimal value;

	@Version
	private long version;

	protected RiskThresholdSetting() {
	}

	public RiskThresholdSetting(Threshold name) {
		this.name = name;
	}

	public void set(BigDecimal value, String changedBy, Instant changedAt) {
		this.value = value;
		changedBy(changedBy, changedAt);
	}

	public Threshold getName() {
		return name;
	}

	public BigDecimal getValue() {
		return value;
	}
}
