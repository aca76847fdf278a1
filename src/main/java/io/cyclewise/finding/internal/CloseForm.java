package io.cyclewise.finding.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Verified closure: what the verifier checked, against the finding's version they saw. */
public class CloseForm {

	@NotBlank(message = "{finding.close.note.required}")
	@Size(max = 2000, message = "{finding.close.note.size}")
	private String verificationNote;

	@NotNull(message = "{finding.version.required}")
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
