package io.cyclewise.signal;

import java.time.LocalDate;

/** A context-change event linked to the initiative (acknowledged or not): what a finding may refer to. */
public record LinkedEventFact(long eventId, ContextChangeType type, String title, LocalDate occurredOn) {
}
