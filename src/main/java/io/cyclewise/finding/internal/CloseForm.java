package io.cyclewise.finding.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Verified closure: what the verifier checked, against the finding's version they saw. */
public class CloseForm {

	@NotBlank(message = "Write the verification note: what you checked to confirm the remediation works.")
	@Size(max = 2000, message = "A verification note has at most 2,000 characters.")
	private String verificationNote;

	@NotNull(message = "The form is incomplete; open the finding again.")
	private Long version;

	public String getVerificationNote() {
		return verificationNote;
	}

	public void setVerificationNote(String verificationNote) {
		this.verificationNote = verificationNote;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
