package io.cyclewise.initiative;

import java.time.Instant;

import io.cyclewise.shared.DomainTerm;

/**
 * One dated row of an initiative's history as other modules see it: who changed which aspect when, from what to
 * what, and why. Values are stored codes (enum names); {@link #fromDisplay()} and {@link #toDisplay()} give words.
 */
public record InitiativeHistoryEntry(long id, long initiativeId, Instant changedAt, String changedBy, Aspect aspect,
		String fromValue, String toValue, String reason) {

	/** The term the old value stands for (show it with {@code Terms}), or null if it is free text. */
	public DomainTerm fromTerm() {
		return aspect.term(fromValue);
	}

	public DomainTerm toTerm() {
		return aspect.term(toValue);
	}

	public String fromDisplay() {
		return aspect.display(fromValue);
	}

	public String toDisplay() {
		return aspect.display(toValue);
	}
}
