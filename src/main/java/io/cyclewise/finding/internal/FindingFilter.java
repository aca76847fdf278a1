package io.cyclewise.finding.internal;

import io.cyclewise.risk.Severity;

/** The portfolio list's filters; unknown values are reported on the page and ignored. */
public class FindingFilter {

	private FindingStatus status;

	private Severity severity;

	public FindingStatus getStatus() {
		return status;
	}

	public void setStatus(FindingStatus status) {
		this.status = status;
	}

	public Severity getSeverity() {
		return severity;
	}

	public void setSeverity(Severity severity) {
		this.severity = severity;
	}
}
