package io.cyclewise.signal.review;

import java.time.LocalDate;
import java.util.UUID;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.signal.NewReview;
import io.cyclewise.signal.ReviewOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a lead types to record a review; it may return the initiative to an earlier alignment phase. */
public class ReviewForm {

	@NotNull(message = "{signal.review.reviewedOn.required}")
	private LocalDate reviewedOn;

	@NotBlank(message = "{signal.review.participants.required}")
	@Size(max = 1000, message = "{signal.review.participants.tooLong}")
	private String participants;

	@NotNull(message = "{signal.review.outcome.required}")
	private ReviewOutcome outcome;

	@NotBlank(message = "{signal.review.decisions.required}")
	@Size(max = 4000, message = "{signal.review.decisions.tooLong}")
	private String decisions;

	/** Only with the outcome "return to an earlier alignment phase". */
	private AlignmentPhase returnToPhase;

	@Size(max = 900, message = "{signal.review.returnReason.tooLong}")
	private String returnReason;

	/** The initiative version the lead saw: a phase return is refused if the initiative changed meanwhile. */
	private Long initiativeVersion;

	private UUID submissionId;

	public static ReviewForm blank(LocalDate today, long initiativeVersion) {
		ReviewForm form = new ReviewForm();
		form.reviewedOn = today;
		form.outcome = ReviewOutcome.CONTINUE;
		form.initiativeVersion = initiativeVersion;
		form.submissionId = UUID.randomUUID();
		return form;
	}

	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	public void setReviewedOn(LocalDate reviewedOn) {
		this.reviewedOn = reviewedOn;
	}

	public String getParticipants() {
		return participants;
	}

	public void setParticipants(String participants) {
		this.participants = participants;
	}

	public ReviewOutcome getOutcome() {
		return outcome;
	}

	public void setOutcome(ReviewOutcome outcome) {
		this.outcome = outcome;
	}

	public String getDecisions() {
		return decisions;
	}

	public void setDecisions(String decisions) {
		this.decisions = decisions;
	}

	public AlignmentPhase getReturnToPhase() {
		return returnToPhase;
	}

	public void setReturnToPhase(AlignmentPhase returnToPhase) {
		this.returnToPhase = returnToPhase;
	}

	public String getReturnReason() {
		return returnReason;
	}

	public void setReturnReason(String returnReason) {
		this.returnReason = returnReason;
	}

	public Long getInitiativeVersion() {
		return initiativeVersion;
	}

	public void setInitiativeVersion(Long initiativeVersion) {
		this.initiativeVersion = initiativeVersion;
	}

	public UUID getSubmissionId() {
		return submissionId;
	}

	public void setSubmissionId(UUID submissionId) {
		this.submissionId = submissionId;
	}

	/** What the service stores; validation has checked the fields. */
	public NewReview toCommand() {
		return new NewReview(reviewedOn, participants, outcome, decisions, returnToPhase, returnReason,
				initiativeVersion, submissionId);
	}
}
