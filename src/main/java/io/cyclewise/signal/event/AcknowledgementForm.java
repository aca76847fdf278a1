package io.cyclewise.signal.event;

import io.cyclewise.signal.Acknowledgement;
import io.cyclewise.signal.AcknowledgementOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A lead's decision about a context change (the outcome) and the response that explains it. */
public class AcknowledgementForm {

	@NotNull(message = "{signal.acknowledgement.outcome.required}")
	private AcknowledgementOutcome outcome;

	@NotBlank(message = "{signal.acknowledgement.response.required}")
	@Size(max = 2000, message = "{signal.acknowledgement.response.tooLong}")
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

	/** What the service stores; validation has checked the fields. */
	public Acknowledgement toCommand() {
		return new Acknowledgement(outcome, response, version);
	}
}
