package io.cyclewise.signal.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.cyclewise.shared.Recorded;
import io.cyclewise.signal.ObservationSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The ML-based capability alignment study, task context: one measured value of a metric, in one user context, from training or live data. */
@Entity
@Table(name = "performance_observation")
public class Observation extends Recorded {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_id", nullable = false)
	private Long initiativeId;

	@Column(nullable = false, length = 120)
	private String metric;

	@Column(name = "metric_value", nullable = false, precision = 19, scale = 6)
	private BigDecimal value;

	@Column(name = "higher_is_better", nullable = false)
	private boolean higherIsBetter;

	@Column(name = "user_context", nullable = false, length = 120)
	private String userContext;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ObservationSource source;

	@Column(name = "observed_on", nullable = false)
	private LocalDate observedOn;

	@Column(length = 1000)
	private String note;

	@Column(name = "submission_id", nullable = false, unique = true)
	private UUID submissionId;

	protected Observation() {
	}

	public Observation(Long initiativeId, String metric, BigDecimal value, boolean higherIsBetter, String userContext,
			ObservationSource source, LocalDate observedOn, String note, String recordedBy, Instant recordedAt,
			UUID submissionId) {
		super(recordedBy, recordedAt);
		this.initiativeId = initiativeId;
		this.metric = metric;
		this.value = value;
		this.higherIsBetter = higherIsBetter;
		this.userContext = userContext;
		this.source = source;
		this.observedOn = observedOn;
		this.note = note;
		this.submissionId = submissionId;
	}

	public Long getId() {
		return id;
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public String getMetric() {
		return metric;
	}

	public BigDecimal getValue() {
		return value;
	}

	public boolean isHigherIsBetter() {
		return higherIsBetter;
	}

	public String getUserContext() {
		return userContext;
	}

	public ObservationSource getSource() {
		return source;
	}

	public LocalDate getObservedOn() {
		return observedOn;
	}

	public String getNote() {
		return note;
	}

	/** The value as people write it: no trailing zeros, no exponent. */
	public String getDisplayValue() {
		return value.stripTrailingZeros().toPlainString();
	}

	public UUID getSubmissionId() {
		return submissionId;
	}
}
