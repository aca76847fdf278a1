package io.cyclewise.signal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A lead's response to a context change, e.g. "retrained", "no impact, because …". */
public class AcknowledgementForm {

	@NotBlank(message = "Say how the initiative responds, e.g. “retrained on post-shock data” or “no impact, because …”.")
	@Size(max = 2000, message = "A response has at most 2,000 characters.")
	private String response;

	/** The version of the link the lead saw; a second acknowledgement in between is refused. */
	private Long version;

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
