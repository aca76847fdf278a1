package io.cyclewise.initiative.internal;

import java.time.Instant;

import io.cyclewise.initiative.Aspect;
import io.cyclewise.initiative.InitiativeHistoryEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One dated row of an initiative's history; rows are only ever added. */
@Entity
@Table(name = "initiative_change")
public class InitiativeChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_id", nullable = false)
	private Long initiativeId;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false, length = 60)
	private String changedBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Aspect aspect;

	@Column(name = "from_value", length = 2000)
	private String fromValue;

	@Column(name = "to_value", length = 2000)
	private String toValue;

	@Column(length = 1000)
	private String reason;

	protected InitiativeChange() {
	}

	public InitiativeChange(Long initiativeId, Instant changedAt, String changedBy, Aspect aspect, String fromValue,
			String toValue, String reason) {
		this.initiativeId = initiativeId;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.aspect = aspect;
		this.fromValue = fromValue;
		this.toValue = toValue;
		this.reason = reason;
	}

	public InitiativeHistoryEntry entry() {
		return new InitiativeHistoryEntry(id, initiativeId, changedAt, changedBy, aspect, fromValue, toValue, reason);
	}

	public Long getId() {
		return id;
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Aspect getAspect() {
		return aspect;
	}

	public String getFromValue() {
		return fromValue;
	}

	public String getToValue() {
		return toValue;
	}

	public String getReason() {
		return reason;
	}

}
