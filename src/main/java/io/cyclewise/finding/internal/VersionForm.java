package io.cyclewise.finding.internal;

import jakarta.validation.constraints.NotNull;

/** A button that changes the finding (start remediation, mark a step done): only the version the user saw. */
public class VersionForm {

	@NotNull(message = "{finding.version.required}")
	private Long version;

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
