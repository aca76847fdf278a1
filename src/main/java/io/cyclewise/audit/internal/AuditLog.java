package io.cyclewise.audit.internal;

import io.cyclewise.audit.AuditAction;


import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds entries to the audit log and reads them. {@link #record} joins the caller's transaction when there is one: an
 * administrative change and its entry commit together or not at all.
 */
@Service
public class AuditLog {

	private static final int TEXT_LIMIT = 4000;

	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;

	AuditLog(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void record(AuditAction action, String actor, String subject, String details, String remoteAddress) {
		jdbc.update("INSERT INTO audit_entry (occurred_at, actor, action, subject, details, remote_address)"
				+ " VALUES (:at, :actor, :action, :subject, :details, :address)", new MapSqlParameterSource()
			.addValue("at", Timestamp.from(clock.instant()))
			.addValue("actor", cut(actor == null || actor.isBlank() ? "unknown" : actor, 100))
			.addValue("action", action.name())
			.addValue("subject", cut(subject, 200))
			.addValue("details", cut(details, TEXT_LIMIT))
			.addValue("address", cut(remoteAddress, 100)));
	}

	/** One page of entries matching the filter, newest first, and how many match in all. */
	record Page(List<AuditEntry> entries, long total, int number, int pages) {
	}

	@Transactional(readOnly = true)
	Page search(AuditFilter filter) {
		Where where = where(filter);
		long total = jdbc.queryForObject("SELECT count(*) FROM audit_entry" + where.sql(), where.parameters(), Long.class);
		int pages = (int) Math.max(1, (total + AuditFilter.PAGE_SIZE - 1) / AuditFilter.PAGE_SIZE);
		int number = Math.min(filter.getPage(), pages - 1);
		MapSqlParameterSource parameters = where.parameters().addValue("limit", AuditFilter.PAGE_SIZE)
			.addValue("offset", (long) number * AuditFilter.PAGE_SIZE);
		List<AuditEntry> entries = jdbc.query(SELECT + where.sql() + " ORDER BY occurred_at DESC, id DESC LIMIT :limit"
				+ " OFFSET :offset", parameters, (rs, row) -> entry(rs));
		return new Page(entries, total, number, pages);
	}

	/** Every entry matching the filter (all pages), newest first, streamed from the database row by row. */
	@Transactional(readOnly = true)
	void forEach(AuditFilter filter, java.util.function.Consumer<AuditEntry> each) {
		Where where = where(filter);
		jdbc.query(SELECT + where.sql() + " ORDER BY occurred_at DESC, id DESC", where.parameters(),
				(org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(entry(rs)));
	}

	private static final String SELECT = "SELECT id, occurred_at, actor, action, subject, details, remote_address"
			+ " FROM audit_entry";

	private record Where(String sql, MapSqlParameterSource parameters) {
	}

	private static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
				AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7));
	}

	private Where where(AuditFilter filter) {
		List<String> conditions = new ArrayList<>();
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		if (filter.getAction() != null) {
			conditions.add("action = :action");
			parameters.addValue("action", filter.getAction().name());
		}
		if (filter.trimmedActor() != null) {
			conditions.add("lower(actor) = lower(:actor)");
			parameters.addValue("actor", filter.trimmedActor());
		}
		ZoneId zone = clock.getZone();
		if (filter.getFrom() != null) {
			conditions.add("occurred_at >= :from");
			parameters.addValue("from", Timestamp.from(filter.getFrom().atStartOfDay(zone).toInstant()));
		}
		if (filter.getTo() != null) {
			conditions.add("occurred_at < :to");
			parameters.addValue("to", Timestamp.from(filter.getTo().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
	}

	private static String cut(String text, int limit) {
		if (text == null) {
			return null;
		}
		String clean = text.replace("\u0000", "");
		return clean.length() <= limit ? clean : clean.substring(0, limit - 1) + "…";
	}
}
