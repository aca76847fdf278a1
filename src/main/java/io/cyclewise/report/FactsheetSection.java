package io.cyclewise.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A section another module adds to the factsheet where it has something to say about the initiative (e.g. gate
 * decisions, an AI Act classification): implement it as a bean in that module. Sections are shown by {@link #order()}
 * after the built-in ones; called inside the factsheet's read transaction. Titles, labels and values are written in
 * {@code locale}, the reader's language (the request's, or the requester's for reports made in the background).
 */
public interface FactsheetSection {

	/** A titled table of label–value lines. */
	record Content(String title, List<Line> lines) {
	}

	record Line(String label, String value) {
	}

	/** @return the section for this initiative, or empty when there is nothing (the section is then left out) */
	Optional<Content> of(long initiativeId, Locale locale);

	default int order() {
		return 100;
	}
}
