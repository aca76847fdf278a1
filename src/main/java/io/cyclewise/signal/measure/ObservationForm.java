package io.cyclewise.signal.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.cyclewise.signal.NewObservation;
import io.cyclewise.signal.ObservationSource;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a data scientist types to record one measured value. NaN and Infinity do not bind to a decimal. */
public class ObservationForm {

	@NotBlank(message = "{signal.observation.metric.required}")
	@Size(max = 120, message = "{signal.observation.metric.tooLong}")
	private String metric;

	@NotNull(message = "{signal.observation.value.required}")
	@Digits(integer = 13, fraction = 6, message = "{signal.observation.value.digits}")
	private BigDecimal value;

	private boolean higherIsBetter = true;

	@NotBlank(message = "{signal.observation.userContext.required}")
	@Size(max = 120, message = "{signal.observation.userContext.tooLong}")
	private String userContext;

	@NotNull(message = "{signal.observation.source.required}")
	private ObservationSource source = ObservationSource.OPERATIONAL;

	@NotNull(message = "{signal.observation.observedOn.required}")
	private LocalDate observedOn;

	@Size(max = 1000, message = "{signal.observation.note.tooLong}")
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

	/** What the service stores; validation has checked the fields. */
	public NewObservation toCommand() {
		return new NewObservation(metric, value, higherIsBetter, userContext, source, observedOn, note, submissionId);
	}
}
