package io.cyclewise.finding.internal;

/** OPEN → REMEDIATING → CLOSED; closing needs a verification by someone other than the owner. */
public enum FindingStatus {
	OPEN("Open"), REMEDIATING("Remediating"), CLOSED("Closed (verified)");

	private final String label;

	FindingStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
