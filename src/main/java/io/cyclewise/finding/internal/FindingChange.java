package io.cyclewise.finding.internal;

import java.time.Instant;

import io.cyclewise.shared.Recorded;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a finding's history: who changed what, when, from which value to which. Never updated or deleted, so
 * its changed_by/changed_at are who recorded the line.
 */
@Entity
@AttributeOverride(name = "recordedBy", column = @Column(name = "changed_by", nullable = false, updatable = false, length = 60))
@AttributeOverride(name = "recordedAt", column = @Column(name = "changed_at", nullable = false, updatable = false))
@Table(name = "finding_change")
class FindingChange extends Recorded {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "finding_id", nullable = false, updatable = false)
	private Long findingId;

	@Column(nullable = false, updatable = false)
	private String aspect;

	@Column(name = "from_value", updatable = false)
	private String fromValue;

	@Column(name = "to_value", updatable = false)
	private String toValue;

	protected FindingChange() {
	}

	FindingChange(Long findingId, Instant changedAt, String changedBy, String aspect, String fromValue, String toValue) {
		super(changedBy, changedAt);
		this.findingId = findingId;
		this.aspect = aspect;
		this.fromValue = fromValue;
		this.toValue = toValue;
	}

	public Long getId() {
		return id;
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
