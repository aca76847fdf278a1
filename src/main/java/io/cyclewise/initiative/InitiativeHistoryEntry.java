package io.cyclewise.initiative;

import java.time.Instant;
import java.util.Locale;

import io.cyclewise.shared.DomainTerm;
import io.cyclewise.shared.Terms;

/**
 * One dated row of an initiative's history as other modules see it: who changed which aspect when, from what to
 * what, and why. Values are stored codes (enum names); {@link #fromDisplay} and {@link #toDisplay} give words.
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

	/** The old value in the reader's words: a term's label in their language, free text as it was written. */
	public String fromDisplay(Terms terms, Locale locale) {
		return fromTerm() == null ? fromValue : terms.label(fromTerm(), locale);
	}

	public String toDisplay(Terms terms, Locale locale) {
		return toTerm() == null ? toValue : terms.label(toTerm(), locale);
	}
}
