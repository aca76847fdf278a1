package io.cyclewise.signal.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.cyclewise.shared.Recorded;
import io.cyclewise.signal.DataCheckResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dated record that someone checked whether the training data still matches the operational data. */
@Entity
@Table(name = "data_check")
public class DataCheck extends Recorded {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_id", nullable = false)
	private Long initiativeId;

	@Column(name = "checked_on", nullable = false)
	private LocalDate checkedOn;

	@Column(name = "checked_by", nullable = false, length = 120)
	private String checkedBy;

	@Column(nullable = false, length = 300)
	private String method;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DataCheckResult result;

	@Column(name = "drift_score", precision = 19, scale = 6)
	private BigDecimal driftScore;

	@Column(length = 1000)
	private String note;

	@Column(name = "submission_id", nullable = false, unique = true)
	private UUID submissionId;

	protected DataCheck() {
	}

	public DataCheck(Long initiativeId, LocalDate checkedOn, String checkedBy, String method, DataCheckResult result,
			BigDecimal driftScore, String note, String recordedBy, Instant recordedAt, UUID submissionId) {
		super(recordedBy, recordedAt);
		this.initiativeId = initiativeId;
		this.checkedOn = checkedOn;
		this.checkedBy = checkedBy;
		this.method = method;
		this.result = result;
		this.driftScore = driftScore;
		this.note = note;
		this.submissionId = submissionId;
	}

	public Long getId() {
		return id;
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public LocalDate getCheckedOn() {
		return checkedOn;
	}

	public String getCheckedBy() {
		return checkedBy;
	}

	public String getMethod() {
		return method;
	}

	public DataCheckResult getResult() {
		return result;
	}

	public BigDecimal getDriftScore() {
		return driftScore;
	}

	public String getDisplayDriftScore() {
		return driftScore == null ? null : driftScore.stripTrailingZeros().toPlainString();
	}

	public String getNote() {
		return note;
	}

	public UUID getSubmissionId() {
		return submissionId;
	}
}
