package io.cyclewise.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.cyclewise.signal.event.ContextEvent;
import io.cyclewise.signal.event.ContextEventQueries.AffectedInitiative;

/**
 * A context-change event in the API, with the initiatives it is linked to and whether each has acknowledged it. The
 * version (also the ETag) is what closing it sends back.
 */
public record ContextEventResource(long id, ContextChangeType type, ContextChangeKind kind, String title,
		String description, LocalDate occurredOn, ScopeKind scope, List<Long> businessUnitIds,
		List<String> businessUnitNames, List<String> userContexts, String recordedBy, Instant recordedAt,
		boolean open, String closedBy, Instant closedAt, String closingNote, long affectedCount,
		long unacknowledgedCount, List<AffectedInitiative> affected, long version) {

	static ContextEventResource of(ContextEvent event, List<String> unitNames, List<AffectedInitiative> affected) {
		return new ContextEventResource(event.getId(), event.getType(), event.getKind(), event.getTitle(),
				event.getDescription(), event.getOccurredOn(), event.getScope(),
				event.getBusinessUnitIds().stream().sorted().toList(), unitNames, event.getUserContexts(),
				event.getRecordedBy(), event.getRecordedAt(), event.isOpen(), event.getClosedBy(), event.getClosedAt(),
				event.getClosingNote(), affected.size(),
				affected.stream().filter(initiative -> initiative.acknowledgedAt() == null).count(), affected,
				event.getVersion());
	}
}
