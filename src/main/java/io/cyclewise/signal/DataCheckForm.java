package io.cyclewise.signal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a data scientist types to record a check of training data against operational data. */
public class DataCheckForm {

	@NotNull(message = "Enter the date of the check.")
	private LocalDate checkedOn;

	@NotBlank(message = "Name who checked.")
	@Size(max = 120, message = "At most 120 characters.")
	private String checkedBy;

	@NotBlank(message = "Name the method, e.g. population stability index on the input features.")
	@Size(max = 300, message = "At most 300 characters.")
	private String method;

	@NotNull(message = "Choose the result.")
	private DataCheckResult result;

	@DecimalMin(value = "0", message = "A drift score is zero or more.")
	@Digits(integer = 13, fraction = 6, message = "Enter a number with at most 13 digits before and 6 after the point.")
	private BigDecimal driftScore;

	@Size(max = 1000, message = "A note has at most 1,000 characters.")
	private String note;

	private UUID submissionId;

	public static DataCheckForm blank(LocalDate today, String checkedBy) {
		DataCheckForm form = new DataCheckForm();
		form.checkedOn = today;
		form.checkedBy = checkedBy;
		form.submissionId = UUID.randomUUID();
		return form;
	}

	public LocalDate getCheckedOn() {
		return checkedOn;
	}

	public void setCheckedOn(LocalDate checkedOn) {
		this.checkedOn = checkedOn;
	}

	public String getCheckedBy() {
		return checkedBy;
	}

	public void setCheckedBy(String checkedBy) {
		this.checkedBy = checkedBy;
	}

	public String getMethod() {
		return method;
	}

	public void setMethod(String method) {
		this.method = method;
	}

	public DataCheckResult getResult() {
		return result;
	}

	public void setResult(DataCheckResult result) {
		this.result = result;
	}

	public BigDecimal getDriftScore() {
		return driftScore;
	}

	public void setDriftScore(BigDecimal driftScore) {
		this.driftScore = driftScore;
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
