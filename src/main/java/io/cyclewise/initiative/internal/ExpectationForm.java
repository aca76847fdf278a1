package io.cyclewise.initiative.internal;

import java.math.BigDecimal;

import io.cyclewise.initiative.NewExpectation;
import java.time.LocalDate;

import io.cyclewise.shared.DateWithin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a lead types to record a stakeholder's expectation. */
public class ExpectationForm {

	@NotBlank(message = "Name the stakeholder (a role or group).")
	@Size(max = 120, message = "At most 120 characters.")
	private String stakeholder;

	@NotBlank(message = "Name the metric they expect, e.g. forecast accuracy.")
	@Size(max = 120, message = "At most 120 characters.")
	private String metric;

	@NotNull(message = "Enter the target value as a number.")
	@Digits(integer = 13, fraction = 6, message = "Enter a number with at most 13 digits before and 6 after the point.")
	private BigDecimal targetValue;

	private boolean higherIsBetter = true;

	@NotNull(message = "Enter the date by which they expect it.")
	@DateWithin(yearsBefore = 100, yearsAfter = 100, message = "Enter a due date within 100 years of today.")
	private LocalDate dueDate;

	@Size(max = 1000, message = "A note has at most 1,000 characters.")
	private String note;

	public String getStakeholder() {
		return stakeholder;
	}

	public void setStakeholder(String stakeholder) {
		this.stakeholder = stakeholder;
	}

	public String getMetric() {
		return metric;
	}

	public void setMetric(String metric) {
		this.metric = metric;
	}

	public BigDecimal getTargetValue() {
		return targetValue;
	}

	public void setTargetValue(BigDecimal targetValue) {
		this.targetValue = targetValue;
	}

	public boolean isHigherIsBetter() {
		return higherIsBetter;
	}

	public void setHigherIsBetter(boolean higherIsBetter) {
		this.higherIsBetter = higherIsBetter;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	/** The validated form as the service's command. */
	public NewExpectation toCommand() {
		return new NewExpectation(stakeholder, metric, targetValue, higherIsBetter, dueDate, note);
	}
}
