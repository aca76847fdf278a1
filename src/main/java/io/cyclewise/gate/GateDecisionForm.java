package io.cyclewise.gate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A risk officer's or administrator's decision on a pending request, against the request's version they saw. */
public class GateDecisionForm {

	@NotNull(message = "Choose the decision: APPROVED or REJECTED.")
	private GateVerdict decision;

	@NotBlank(message = "Write a comment: why the gate may be passed, or what is missing.")
	@Size(max = 2000, message = "A comment has at most 2,000 characters.")
	private String comment;

	@NotNull(message = "Send the version of the request you decide on (open it again).")
	private Long version;

	public GateVerdict getDecision() {
		return decision;
	}

	public void setDecision(GateVerdict decision) {
		this.decision = decision;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
