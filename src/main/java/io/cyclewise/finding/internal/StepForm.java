package io.cyclewise.finding.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new remediation step; {@code version} is the finding's version the user saw. */
public class StepForm {

	@NotBlank(message = "{finding.step.text.required}")
	@Size(max = 1000, message = "{finding.step.text.size}")
	private String text;

	@NotNull(message = "{finding.version.required}")
	private Long version;

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
