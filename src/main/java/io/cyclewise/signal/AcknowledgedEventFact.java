package io.cyclewise.signal;

import java.time.LocalDate;

/**
 * A context change the lead has acknowledged, with the outcome chosen (acknowledgements from before outcomes existed
 * count as {@link AcknowledgementOutcome#NO_IMPACT}) and the response.
 */
public record AcknowledgedEventFact(long eventId, ContextChangeType type, String title, LocalDate occurredOn,
		AcknowledgementOutcome outcome, String acknowledgedBy, String response) {
}
