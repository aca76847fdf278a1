package io.cyclewise.risk;

import java.math.BigDecimal;

import io.cyclewise.shared.DomainTerm;

/** A configurable number a rule compares against, with its default and the range an administrator may set. */
public enum Threshold implements DomainTerm {
	PACE_MISMATCH_FACTOR("×", "4", "1.5", "100"),
	ITERATIONS_PER_IMPROVEMENT("iterations", "2", "1", "50"),
	EXPECTATION_DATE_SPREAD_DAYS("days", "60", "1", "3650"),
	EXPECTATION_VALUE_SPREAD_PERCENT("%", "10", "1", "1000"),
	NON_TECHNICAL_WORK_WINDOW_DAYS("days", "30", "1", "365"),
	OVER_FOCUS_TECHNOLOGY_CHANGES("changes", "3", "2", "100"),
	OVER_FOCUS_STILL_DAYS("days", "180", "7", "3650"),
	DATA_CHECK_MAX_AGE_DAYS("days", "90", "1", "3650"),
	CONTEXT_SPREAD_PERCENT("%", "10", "1", "1000"),
	OPERATIONAL_GAP_PERCENT("%", "10", "1", "1000");

	private final String unit;
	private final BigDecimal defaultValue;
	private final BigDecimal minimum;
	private final BigDecimal maximum;

	Threshold(String unit, String defaultValue, String minimum, String maximum) {
		this.unit = unit;
		this.defaultValue = new BigDecimal(defaultValue);
		this.minimum = new BigDecimal(minimum);
		this.maximum = new BigDecimal(maximum);
	}

	public String unit() {
		return unit;
	}

	public BigDecimal defaultValue() {
		return defaultValue;
	}

	public BigDecimal minimum() {
		return minimum;
	}

	public BigDecimal maximum() {
		return maximum;
	}

	/** Within the range an administrator may set. */
	public boolean accepts(BigDecimal value) {
		return value != null && value.compareTo(minimum) >= 0 && value.compareTo(maximum) <= 0;
	}

	/** The unit's words in the bundle: {@code term.Threshold.<NAME>.unit}. */
	public String unitCode() {
		return labelCode() + ".unit";
	}
}
