package io.cyclewise.gate.internal;

import io.cyclewise.gate.GateVerdict;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A risk officer's or administrator's decision on a pending request, against the request's version they saw. */
public class GateDecisionForm {

	@NotNull(message = "{gate.decision.decision.required}")
	private GateVerdict decision;

	@NotBlank(message = "{gate.decision.comment.required}")
	@Size(max = 2000, message = "{gate.decision.comment.size}")
	private String comment;

	@NotNull(message = "{gate.decision.version.required}")
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
