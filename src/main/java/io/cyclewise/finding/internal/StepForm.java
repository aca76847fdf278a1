package io.cyclewise.finding.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new remediation step; {@code version} is the finding's version the user saw. */
public class StepForm {

	@NotBlank(message = "Describe the step, e.g. Retrain on the last 3 months of data.")
	@Size(max = 1000, message = "A step has at most 1,000 characters.")
	private String text;

	@NotNull(message = "The form is incomplete; open the finding again.")
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
