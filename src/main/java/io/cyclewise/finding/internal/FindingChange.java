package io.cyclewise.finding.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a finding's history: who changed what, when, from which value to which. Never updated or deleted. */
@Entity
@Table(name = "finding_change")
public class FindingChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "finding_id", nullable = false, updatable = false)
	private Long findingId;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false, updatable = false)
	private String changedBy;

	@Column(nullable = false, updatable = false)
	private String aspect;

	@Column(name = "from_value", updatable = false)
	private String fromValue;

	@Column(name = "to_value", updatable = false)
	private String toValue;

	protected FindingChange() {
	}

	FindingChange(Long findingId, Instant changedAt, String changedBy, String aspect, String fromValue, String toValue) {
		this.findingId = findingId;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.aspect = aspect;
		this.fromValue = fromValue;
		this.toValue = toValue;
	}

	public Long getId() {
		return id;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public String getAspect() {
		return aspect;
	}

	public String getFromValue() {
		return fromValue;
	}

	public String getToValue() {
		return toValue;
	}
}
