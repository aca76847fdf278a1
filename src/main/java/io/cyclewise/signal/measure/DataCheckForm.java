package io.cyclewise.signal.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.cyclewise.signal.DataCheckResult;
import io.cyclewise.signal.NewDataCheck;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a data scientist types to record a check of training data against operational data. */
public class DataCheckForm {

	@NotNull(message = "{signal.dataCheck.checkedOn.required}")
	private LocalDate checkedOn;

	@NotBlank(message = "{signal.dataCheck.checkedBy.required}")
	@Size(max = 120, message = "{signal.dataCheck.checkedBy.tooLong}")
	private String checkedBy;

	@NotBlank(message = "{signal.dataCheck.method.required}")
	@Size(max = 300, message = "{signal.dataCheck.method.tooLong}")
	private String method;

	@NotNull(message = "{signal.dataCheck.result.required}")
	private DataCheckResult result;

	@DecimalMin(value = "0", message = "{signal.dataCheck.driftScore.negative}")
	@Digits(integer = 13, fraction = 6, message = "{signal.dataCheck.driftScore.digits}")
	private BigDecimal driftScore;

	@Size(max = 1000, message = "{signal.dataCheck.note.tooLong}")
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

	/** What the service stores; validation has checked the fields. */
	public NewDataCheck toCommand() {
		return new NewDataCheck(checkedOn, checkedBy, method, result, driftScore, note, submissionId);
	}
}
