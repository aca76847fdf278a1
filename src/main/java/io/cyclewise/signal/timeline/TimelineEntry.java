package io.cyclewise.signal.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/** One row of an initiative's timeline: the date it is about, when it was recorded, and what it says. */
public record TimelineEntry(LocalDate date, Instant recordedAt, TimelineKind kind, String title, String detail,
		String who, String link) {

	/** Newest first: by the date the entry is about, then by when it was recorded. */
	public static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::date)
		.thenComparing(TimelineEntry::recordedAt).reversed();
}
