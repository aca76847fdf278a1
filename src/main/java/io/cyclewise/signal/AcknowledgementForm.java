package io.cyclewise.signal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A lead's decision about a context change (the outcome) and the response that explains it. */
public class AcknowledgementForm {

	@NotNull(message = "Choose what the change meant: retrained or recalibrated, no impact, or returned to an earlier alignment phase.")
	private AcknowledgementOutcome outcome;

	@NotBlank(message = "Say how the initiative responds, e.g. “retrained on post-shock data” or why it has no impact.")
	@Size(max = 2000, message = "A response has at most 2,000 characters.")
	private String response;

	/** The version of the link the lead saw; a second acknowledgement in between is refused. */
	private Long version;

	public AcknowledgementOutcome getOutcome() {
		return outcome;
	}

	public void setOutcome(AcknowledgementOutcome outcome) {
		this.outcome = outcome;
	}

	public String getResponse() {
		return response;
	}

	public void setResponse(String response) {
		this.response = response;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
