package io.cyclewise.signal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a data scientist types to record one measured value. NaN and Infinity do not bind to a decimal. */
public class ObservationForm {

	@NotBlank(message = "Name the metric, e.g. recall or mean absolute percentage error.")
	@Size(max = 120, message = "At most 120 characters.")
	private String metric;

	@NotNull(message = "Enter the measured value as a number, e.g. 0.85.")
	@Digits(integer = 13, fraction = 6, message = "Enter a number with at most 13 digits before and 6 after the point.")
	private BigDecimal value;

	private boolean higherIsBetter = true;

	@NotBlank(message = "Choose the user context it was measured in.")
	@Size(max = 120, message = "At most 120 characters.")
	private String userContext;

	@NotNull(message = "Choose where the value comes from.")
	private ObservationSource source = ObservationSource.OPERATIONAL;

	@NotNull(message = "Enter the date it was measured.")
	private LocalDate observedOn;

	@Size(max = 1000, message = "A note has at most 1,000 characters.")
	private String note;

	private UUID submissionId;

	public static ObservationForm blank(LocalDate today) {
		ObservationForm form = new ObservationForm();
		form.observedOn = today;
		form.submissionId = UUID.randomUUID();
		return form;
	}

	public String getMetric() {
		return metric;
	}

	public void setMetric(String metric) {
		this.metric = metric;
	}

	public BigDecimal getValue() {
		return value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public boolean isHigherIsBetter() {
		return higherIsBetter;
	}

	public void setHigherIsBetter(boolean higherIsBetter) {
		this.higherIsBetter = higherIsBetter;
	}

	public String getUserContext() {
		return userContext;
	}

	public void setUserContext(String userContext) {
		this.userContext = userContext;
	}

	public ObservationSource getSource() {
		return source;
	}

	public void setSource(ObservationSource source) {
		this.source = source;
	}

	public LocalDate getObservedOn() {
		return observedOn;
	}

	public void setObservedOn(LocalDate observedOn) {
		this.observedOn = observedOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public UUID getSubmissionId() {
		return submissionId;
	}

	public void setSubmissionId(UUID submissionId) {
		this.submissionId = submissionId;
	}
}
