package io.cyclewise.signal;

import java.time.Instant;

/**
 * A "no impact" acknowledgement of a context change, with its reason, for the risk officer's review (the second line
 * sees every such judgement). Reviewed ones carry who reviewed them and when.
 */
public record NoImpactAcknowledgement(long impactId, long initiativeId, String initiativeName, long eventId,
		String eventTitle, String acknowledgedBy, Instant acknowledgedAt, String reason, String reviewedBy,
		Instant reviewedAt) {
}
