package io.cyclewise.signal;

import java.time.Instant;
import java.time.LocalDate;

import io.cyclewise.signal.event.EventImpact;

/**
 * A context change as it affects one initiative: the event, why it is linked, and the lead's acknowledgement. The
 * version is what an acknowledgement sends back in its {@code version} field.
 */
public record EventImpactResource(long initiativeId, long eventId, ContextChangeType type, ContextChangeKind kind,
		String title, LocalDate occurredOn, ScopeKind scope, boolean eventOpen, Instant linkedAt,
		EventImpact.LinkedWhen linkedWhen, boolean acknowledged, String acknowledgedBy, Instant acknowledgedAt,
		AcknowledgementOutcome outcome, String response, long version) {

	static EventImpactResource of(EventImpact impact) {
		var event = impact.getEvent();
		return new EventImpactResource(impact.getInitiativeId(), event.getId(), event.getType(), event.getKind(),
				event.getTitle(), event.getOccurredOn(), event.getScope(), event.isOpen(), impact.getLinkedAt(),
				impact.getLinkedWhen(), impact.isAcknowledged(), impact.getAcknowledgedBy(),
				impact.getAcknowledgedAt(), impact.getOutcome(), impact.getResponse(), impact.getVersion());
	}
}
