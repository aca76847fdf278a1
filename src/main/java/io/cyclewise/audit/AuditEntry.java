package io.cyclewise.audit;

import java.time.Instant;

/** One line of the audit log, as stored (never changed). */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, String subject, String details,
		String remoteAddress) {
}
