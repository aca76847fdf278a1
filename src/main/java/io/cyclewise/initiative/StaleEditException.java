package io.cyclewise.initiative;

import java.time.Instant;

/** Someone saved the record after the user opened it: the user's input must be kept and the conflict shown. */
public class StaleEditException extends RuntimeException {

	private final String changedBy;
	private final Instant changedAt;

	public StaleEditException(String changedBy, Instant changedAt) {
		super("Changed by " + changedBy + " meanwhile");
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}
}
