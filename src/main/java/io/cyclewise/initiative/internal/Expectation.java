package io.cyclewise.initiative.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.cyclewise.initiative.ExpectationResource;
import io.cyclewise.shared.Recorded;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The ML-based capability alignment study, managing expectations: a stakeholder expects a metric to reach a value by a date. Withdrawn
 * expectations stay stored (and in history); the risk rules read the active ones.
 */
@Entity
@Table(name = "expectation")
@AttributeOverride(name = "recordedBy", column = @Column(name = "created_by", nullable = false, updatable = false, length = 60))
@AttributeOverride(name = "recordedAt", column = @Column(name = "created_at", nullable = false, updatable = false))
public class Expectation extends Recorded {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_id", nullable = false)
	private Long initiativeId;

	@Column(nullable = false, length = 120)
	private String stakeholder;

	@Column(nullable = false, length = 120)
	private String metric;

	@Column(name = "target_value", nullable = false, precision = 19, scale = 6)
	private BigDecimal targetValue;

	@Column(name = "higher_is_better", nullable = false)
	private boolean higherIsBetter;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Column(length = 1000)
	private String note;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "withdrawn_by", length = 60)
	private String withdrawnBy;

	@Version
	private long version;

	protected Expectation() {
	}

	public Expectation(Long initiativeId, String stakeholder, String metric, BigDecimal targetValue,
			boolean higherIsBetter, LocalDate dueDate, String note, String createdBy, Instant createdAt) {
		super(createdBy, createdAt);
		this.initiativeId = initiativeId;
		this.stakeholder = stakeholder;
		this.metric = metric;
		this.targetValue = targetValue;
		this.higherIsBetter = higherIsBetter;
		this.dueDate = dueDate;
		this.note = note;
	}

	public void withdraw(String username, Instant when) {
		this.withdrawnBy = username;
		this.withdrawnAt = when;
	}

	public boolean isActive() {
		return withdrawnAt == null;
	}

	/** One line for history rows, e.g. "Sales: forecast accuracy ≥ 0.9 by 2027-03-31". */
	public String summary() {
		return stakeholder + ": " + metric + (higherIsBetter ? " ≥ " : " ≤ ") + targetValue.stripTrailingZeros().toPlainString()
				+ " by " + dueDate;
	}

	public ExpectationResource resource() {
		return new ExpectationResource(id, initiativeId, stakeholder, metric, targetValue, higherIsBetter, dueDate, note,
				getRecordedAt(), getRecordedBy(), withdrawnAt, withdrawnBy, isActive());
	}

	public Long getId() {
		return id;
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public String getStakeholder() {
		return stakeholder;
	}

	public String getMetric() {
		return metric;
	}

	public BigDecimal getTargetValue() {
		return targetValue;
	}

	public boolean isHigherIsBetter() {
		return higherIsBetter;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public String getNote() {
		return note;
	}


	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public String getWithdrawnBy() {
		return withdrawnBy;
	}

	public long getVersion() {
		return version;
	}
}
