package io.cyclewise.signal;

import java.time.LocalDate;

/** A context-change event that affects the initiative and that its lead has not acknowledged yet. */
public record OpenEventFact(long eventId, ContextChangeType type, ContextChangeKind kind, String title,
		LocalDate occurredOn) {
}
