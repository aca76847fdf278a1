package io.cyclewise.risk;

import java.math.BigDecimal;

import io.cyclewise.shared.DomainTerm;

/** A configurable number a rule compares against, with its default and the range an administrator may set. */
public enum Threshold implements DomainTerm {
	PACE_MISMATCH_FACTOR("Pace mismatch factor", "×", "4", "1.5", "100",
			"Flag when the Technology Cycle's pace and the Organization or User Cycle's pace differ by more than this factor."),
	ITERATIONS_PER_IMPROVEMENT("Technology Cycle iterations per improvement", "iterations", "2", "1", "50",
			"Iterations the Technology Cycle needs to close a gap to a target, on top of the steps still needed to reach Deployed."),
	EXPECTATION_DATE_SPREAD_DAYS("Divergent expectations: date spread", "days", "60", "1", "3650",
			"Flag when stakeholders expect the same metric at dates further apart than this."),
	EXPECTATION_VALUE_SPREAD_PERCENT("Divergent expectations: value spread", "%", "10", "1", "1000",
			"Flag when stakeholders expect the same metric at values differing by more than this share of the larger value."),
	NON_TECHNICAL_WORK_WINDOW_DAYS("Non-technical work: retraining window", "days", "30", "1", "365",
			"A redeployment this recent counts as 'retraining done' when checking for open organization- and user-side work."),
	OVER_FOCUS_TECHNOLOGY_CHANGES("Technology-cycle over-focus: state changes", "changes", "3", "2", "100",
			"Flag when the Technology Cycle changed state at least this often while the other two cycles stood still."),
	OVER_FOCUS_STILL_DAYS("Technology-cycle over-focus: standing still", "days", "180", "7", "3650",
			"How long the Organization and User Cycles must have stayed unchanged."),
	DATA_CHECK_MAX_AGE_DAYS("Data check interval while operational", "days", "90", "1", "3650",
			"Flag an operational initiative whose training data was not checked against operational data for longer than this."),
	CONTEXT_SPREAD_PERCENT("Performance spread across user contexts", "%", "10", "1", "1000",
			"Flag when the latest operational values of a metric across user contexts differ by more than this share of the best value."),
	OPERATIONAL_GAP_PERCENT("Operational vs training gap", "%", "10", "1", "1000",
			"Flag when the latest operational value is worse than the latest training value by more than this share.");

	private final String label;
	private final String unit;
	private final BigDecimal defaultValue;
	private final BigDecimal minimum;
	private final BigDecimal maximum;
	private final String meaning;

	Threshold(String label, String unit, String defaultValue, String minimum, String maximum, String meaning) {
		this.label = label;
		this.unit = unit;
		this.defaultValue = new BigDecimal(defaultValue);
		this.minimum = new BigDecimal(minimum);
		this.maximum = new BigDecimal(maximum);
		this.meaning = meaning;
	}

	public String label() {
		return label;
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

	public String meaning() {
		return meaning;
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
