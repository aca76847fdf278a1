package io.cyclewise.signal.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.shared.Recorded;
import io.cyclewise.signal.ReviewOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The ML-based capability alignment study, sustaining alignment: a dated review of an initiative's cycles, its outcome and decisions. */
@Entity
@Table(name = "alignment_review")
public class Review extends Recorded {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_id", nullable = false)
	private Long initiativeId;

	@Column(name = "reviewed_on", nullable = false)
	private LocalDate reviewedOn;

	@Column(nullable = false, length = 1000)
	private String participants;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ReviewOutcome outcome;

	@Column(nullable = false, length = 4000)
	private String decisions;

	@Enumerated(EnumType.STRING)
	@Column(name = "phase_at_review", nullable = false, length = 30)
	private AlignmentPhase phaseAtReview;

	@Enumerated(EnumType.STRING)
	@Column(name = "returned_to_phase", length = 30)
	private AlignmentPhase returnedToPhase;

	@Column(name = "return_reason", length = 1000)
	private String returnReason;

	@Column(name = "submission_id", nullable = false, unique = true)
	private UUID submissionId;

	protected Review() {
	}

	public Review(Long initiativeId, LocalDate reviewedOn, String participants, ReviewOutcome outcome,
			String decisions, AlignmentPhase phaseAtReview, AlignmentPhase returnedToPhase, String returnReason,
			String recordedBy, Instant recordedAt, UUID submissionId) {
		super(recordedBy, recordedAt);
		this.initiativeId = initiativeId;
		this.reviewedOn = reviewedOn;
		this.participants = participants;
		this.outcome = outcome;
		this.decisions = decisions;
		this.phaseAtReview = phaseAtReview;
		this.returnedToPhase = returnedToPhase;
		this.returnReason = returnReason;
		this.submissionId = submissionId;
	}

	public Long getId() {
		return id;
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	public String getParticipants() {
		return participants;
	}

	public ReviewOutcome getOutcome() {
		return outcome;
	}

	public String getDecisions() {
		return decisions;
	}

	public AlignmentPhase getPhaseAtReview() {
		return phaseAtReview;
	}

	public AlignmentPhase getReturnedToPhase() {
		return returnedToPhase;
	}

	public String getReturnReason() {
		return returnReason;
	}

}
