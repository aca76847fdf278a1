package io.cyclewise.risk.internal;

import java.time.Instant;

import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A flag as stored: raised when its rule started firing, cleared when it stopped (never deleted). */
@Entity
@Table(name = "risk_flag")
public class RiskFlag {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_id", nullable = false)
	private Long initiativeId;

	/** The key of the rule that raised it (see RiskRule#key). */
	@Column(nullable = false, length = 40)
	private String rule;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Characteristic characteristic;

	@Column(nullable = false, length = 200)
	private String subject;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Severity severity;

	@Column(nullable = false, length = 2000)
	private String explanation;

	@Column(name = "raised_at", nullable = false)
	private Instant raisedAt;

	@Column(name = "cleared_at")
	private Instant clearedAt;

	@Column(name = "evaluated_at", nullable = false)
	private Instant evaluatedAt;

	@Version
	private long version;

	protected RiskFlag() {
	}

	public RiskFlag(Long initiativeId, RiskFinding finding, Characteristic characteristic, Instant now) {
		this.initiativeId = initiativeId;
		this.rule = finding.rule();
		this.characteristic = characteristic;
		this.subject = finding.subject();
		this.raisedAt = now;
		refresh(finding, now);
	}

	public void refresh(RiskFinding finding, Instant now) {
		this.severity = finding.severity();
		this.explanation = finding.explanation().length() > 2000 ? finding.explanation().substring(0, 1997) + "…"
				: finding.explanation();
		this.evaluatedAt = now;
	}

	public void clear(Instant now) {
		this.clearedAt = now;
		this.evaluatedAt = now;
	}

	public boolean isOpen() {
		return clearedAt == null;
	}

	boolean matches(RiskFinding finding) {
		return rule.equals(finding.rule()) && subject.equals(finding.subject());
	}

	public Long getId() {
		return id;
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public String getRule() {
		return rule;
	}

	public Characteristic getCharacteristic() {
		return characteristic;
	}

	public String getSubject() {
		return subject;
	}

	public Severity getSeverity() {
		return severity;
	}

	public String getExplanation() {
		return explanation;
	}

	public Instant getRaisedAt() {
		return raisedAt;
	}

	public Instant getClearedAt() {
		return clearedAt;
	}

	public Instant getEvaluatedAt() {
		return evaluatedAt;
	}

	public long getVersion() {
		return version;
	}
}
