package io.cyclewise.audit.internal;

import io.cyclewise.audit.AuditAction;

import java.time.Instant;

/** One line of the audit log, as stored (never changed). */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, String subject, String details,
		String remoteAddress) {
}
