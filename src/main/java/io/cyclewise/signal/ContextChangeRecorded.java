package io.cyclewise.signal;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published in the transaction that recorded a context-change event, with every initiative it was linked to, so
 * other modules can react to its type (e.g. a sudden shock puts the "stable environment" condition to reassess).
 * {@link SignalsChanged} is published beside it for the recomputations that only need the ids.
 */
public record ContextChangeRecorded(long eventId, ContextChangeType type, ContextChangeKind kind, String title,
		LocalDate occurredOn, Set<Long> initiativeIds) {

	public ContextChangeRecorded {
		initiativeIds = Set.copyOf(initiativeIds);
	}
}
