package io.cyclewise.signal.event;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cyclewise.signal.AcknowledgementOutcome;

/**
 * An event affects an initiative: shown on the initiative until its lead acknowledges it with a response. Rows are
 * only inserted by SQL ({@link EventLinker}); acknowledging is the one change, guarded by {@code @Version}.
 */
@Entity
@Table(name = "context_event_impact")
public class EventImpact {

	/** Why the row exists: the initiative was in scope when the event was recorded, or entered it later. */
	public enum LinkedWhen {
		RECORDED, ENTERED_SCOPE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "event_id")
	private ContextEvent event;

	@Column(name = "initiative_id", nullable = false)
	private Long initiativeId;

	@Column(name = "linked_at", nullable = false)
	private Instant linkedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "linked_when", nullable = false, length = 20)
	private LinkedWhen linkedWhen;

	@Column(name = "acknowledged_at")
	private Instant acknowledgedAt;

	@Column(name = "acknowledged_by", length = 60)
	private String acknowledgedBy;

	@Column(length = 2000)
	private String response;

	/** Null only for acknowledgements made before outcomes existed; they count as {@code NO_IMPACT}. */
	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private AcknowledgementOutcome outcome;

	@Column(name = "reviewed_by", length = 60)
	private String reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Version
	private long version;

	protected EventImpact() {
	}

	public void acknowledge(String username, Instant when, AcknowledgementOutcome outcome, String response) {
		this.acknowledgedBy = username;
		this.acknowledgedAt = when;
		this.outcome = outcome;
		this.response = response;
	}

	/** A risk officer has seen a "no impact" judgement and its reason. */
	public void markReviewed(String username, Instant when) {
		this.reviewedBy = username;
		this.reviewedAt = when;
	}

	public String getReviewedBy() {
		return reviewedBy;
	}

	public Instant getReviewedAt() {
		return reviewedAt;
	}

	public boolean isAcknowledged() {
		return acknowledgedAt != null;
	}

	public Long getId() {
		return id;
	}

	public ContextEvent getEvent() {
		return event;
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public Instant getLinkedAt() {
		return linkedAt;
	}

	public LinkedWhen getLinkedWhen() {
		return linkedWhen;
	}

	public Instant getAcknowledgedAt() {
		return acknowledgedAt;
	}

	public String getAcknowledgedBy() {
		return acknowledgedBy;
	}

	public String getResponse() {
		return response;
	}

	/** The decision; an acknowledgement from before outcomes existed counts as no impact. Null while open. */
	public AcknowledgementOutcome getOutcome() {
		return outcome == null && isAcknowledged() ? AcknowledgementOutcome.NO_IMPACT : outcome;
	}

	public long getVersion() {
		return version;
	}
}
