package io.cyclewise.signal;

import java.time.LocalDate;
import java.util.UUID;

/** A context-change event to record with the scope it hits; the form has checked it. */
public record NewContextEvent(ContextChangeKind kind, String title, String description, LocalDate occurredOn,
		EventScope scope, UUID submissionId) {
}
