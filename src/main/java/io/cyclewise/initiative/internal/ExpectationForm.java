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

	@NotBlank(message = "{initiative.expectation.stakeholder.required}")
	@Size(max = 120, message = "{initiative.expectation.text.size}")
	private String stakeholder;

	@NotBlank(message = "{initiative.expectation.metric.required}")
	@Size(max = 120, message = "{initiative.expectation.text.size}")
	private String metric;

	@NotNull(message = "{initiative.expectation.targetValue.required}")
	@Digits(integer = 13, fraction = 6, message = "{initiative.expectation.targetValue.digits}")
	private BigDecimal targetValue;

	private boolean higherIsBetter = true;

	@NotNull(message = "{initiative.expectation.dueDate.required}")
	@DateWithin(yearsBefore = 100, yearsAfter = 100, message = "{initiative.expectation.dueDate.range}")
	private LocalDate dueDate;

	@Size(max = 1000, message = "{initiative.expectation.note.size}")
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
