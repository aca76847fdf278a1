package io.cyclewise.notification.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cyclewise.risk.Severity;

/**
 * Reads one week of the portfolio for the executive digest. Every query is set-based (GROUP BY, LIMIT) and reads by
 * the week's bounds, so a portfolio of 10,000 initiatives costs a handful of indexed statements, never a load of all
 * flags. Like the notification scans, it reads the risk, signal and gate modules' tables directly, read-only.
 */
@Component
class ExecutiveDigestQueries {

	/** Lines per list before "and N more". */
	static final int CAP = 20;
	static final int TOP = 10;

	/** The dashboard's ranking weight (Severity.weight) as SQL, built from the enum. */
	private static final String WEIGHT = Arrays.stream(Severity.values())
		.map(severity -> "WHEN '" + severity.name() + "' THEN " + severity.weight())
		.reduce("CASE f.severity ", (sql, when) -> sql + when + " ") + "ELSE 0 END";

	private final JdbcClient jdbc;
	private final String baseUrl;
	private final MessageSource messages;

	ExecutiveDigestQueries(JdbcClient jdbc, MessageSource messages, @Value("${cyclewise.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** @param locale the language of the enum words in it (severity, characteristic) */
	ExecutiveDigestContent read(LocalDate weekStart, ZoneId zone, Locale locale) {
		Timestamp from = Timestamp.from(weekStart.atStartOfDay(zone).toInstant());
		Timestamp to = Timestamp.from(weekStart.plusWeeks(1).atStartOfDay(zone).toInstant());
		List<ExecutiveDigestContent.FlagCount> counts = flagCounts(from, to, locale);
		long raised = counts.stream().mapToLong(ExecutiveDigestContent.FlagCount::raised).sum();
		long cleared = counts.stream().mapToLong(ExecutiveDigestContent.FlagCount::cleared).sum();
		long criticalRaised = counts.stream().filter(count -> count.severity().equals(term("Severity", Severity.CRITICAL.name(), locale)))
			.mapToLong(ExecutiveDigestContent.FlagCount::raised).sum();
		List<ExecutiveDigestContent.CriticalFlag> critical = criticalFlags(from, to, to);
		long eventCount = jdbc.sql("SELECT count(*) FROM context_event WHERE recorded_at >= ? AND recorded_at < ?")
			.params(from, to).query(Long.class).single();
		List<ExecutiveDigestContent.NewEvent> events = events(from, to);
		long decidedCount = jdbc.sql("SELECT count(*) FROM gate_request WHERE decided_at >= ? AND decided_at < ?"
				+ " AND status IN ('APPROVED', 'REJECTED')").params(from, to).query(Long.class).single();
		long pendingCount = jdbc.sql("SELECT count(*) FROM gate_request WHERE status = 'PENDING' AND requested_at < ?")
			.param(to).query(Long.class).single();
		return new ExecutiveDigestContent(weekStart, weekStart.plusDays(6), counts, raised, cleared, critical,
				Math.max(0, criticalRaised - critical.size()), baseUrl + "/dashboard", events,
				Math.max(0, eventCount - events.size()), baseUrl + "/dashboard", decisions(from, to),
				Math.max(0, decidedCount - Math.min(decidedCount, CAP)), pending(to),
				Math.max(0, pendingCount - Math.min(pendingCount, CAP)), baseUrl + "/gates", top(from, to),
				baseUrl + "/dashboard");
	}

	private List<ExecutiveDigestContent.FlagCount> flagCounts(Timestamp from, Timestamp to, Locale locale) {
		return jdbc.sql("""
				SELECT f.characteristic, f.severity,
				       count(*) FILTER (WHERE f.raised_at >= :from AND f.raised_at < :to) AS raised,
				       count(*) FILTER (WHERE f.cleared_at >= :from AND f.cleared_at < :to) AS cleared
				FROM risk_flag f
				WHERE (f.raised_at >= :from AND f.raised_at < :to) OR (f.cleared_at >= :from AND f.cleared_at < :to)
				GROUP BY f.characteristic, f.severity
				ORDER BY f.characteristic, f.severity
				""").param("from", from).param("to", to)
			.query((rs, row) -> new ExecutiveDigestContent.FlagCount(term("Characteristic", rs.getString(1), locale),
					term("Severity", rs.getString(2), locale), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	/** Critical flags raised in the week, whether they were cleared again by its end. */
	private List<ExecutiveDigestContent.CriticalFlag> criticalFlags(Timestamp from, Timestamp to, Timestamp end) {
		return jdbc.sql("""
				SELECT f.initiative_id, i.name, f.rule, (f.cleared_at IS NOT NULL AND f.cleared_at < :end) AS cleared
				FROM risk_flag f JOIN initiative i ON i.id = f.initiative_id
				WHERE f.severity = 'CRITICAL' AND f.raised_at >= :from AND f.raised_at < :to
				ORDER BY f.raised_at, f.id LIMIT :cap
				""").param("from", from).param("to", to).param("end", end).param("cap", CAP)
			.query((rs, row) -> new ExecutiveDigestContent.CriticalFlag(rs.getString(2), label(rs.getString(3)),
					rs.getBoolean(4), baseUrl + "/initiatives/" + rs.getLong(1) + "/flags"))
			.list();
	}

	/** Events recorded in the week, each with the leads of linked initiatives that have not acknowledged it. */
	private List<ExecutiveDigestContent.NewEvent> events(Timestamp from, Timestamp to) {
		return jdbc.sql("""
				SELECT e.id, e.title, e.occurred_on, count(ci.id) AS linked,
				       array_remove(array_agg(DISTINCT u.display_name ORDER BY u.display_name)
				                    FILTER (WHERE ci.acknowledged_at IS NULL), NULL) AS waiting
				FROM (SELECT * FROM context_event WHERE recorded_at >= :from AND recorded_at < :to
				      ORDER BY recorded_at, id LIMIT :cap) e
				LEFT JOIN context_event_impact ci ON ci.event_id = e.id
				LEFT JOIN initiative i ON i.id = ci.initiative_id
				LEFT JOIN app_user u ON u.id = i.lead_id
				GROUP BY e.id, e.title, e.occurred_on, e.recorded_at
				ORDER BY e.recorded_at, e.id
				""").param("from", from).param("to", to).param("cap", CAP)
			.query((rs, row) -> new ExecutiveDigestContent.NewEvent(rs.getString(2), rs.getDate(3).toLocalDate(),
					rs.getLong(4), strings(rs.getArray(5)), baseUrl + "/events/" + rs.getLong(1)))
			.list();
	}

	private List<ExecutiveDigestContent.GateLine> decisions(Timestamp from, Timestamp to) {
		return jdbc.sql("""
				SELECT g.id, i.name, g.kind, g.from_value, g.to_value, g.status, g.decided_by
				FROM gate_request g JOIN initiative i ON i.id = g.initiative_id
				WHERE g.decided_at >= :from AND g.decided_at < :to AND g.status IN ('APPROVED', 'REJECTED')
				ORDER BY g.decided_at, g.id LIMIT :cap
				""").param("from", from).param("to", to).param("cap", CAP).query(this::gateLine).list();
	}

	private List<ExecutiveDigestContent.GateLine> pending(Timestamp to) {
		return jdbc.sql("""
				SELECT g.id, i.name, g.kind, g.from_value, g.to_value, g.status, g.requested_by
				FROM gate_request g JOIN initiative i ON i.id = g.initiative_id
				WHERE g.status = 'PENDING' AND g.requested_at < :to
				ORDER BY g.requested_at, g.id LIMIT :cap
				""").param("to", to).param("cap", CAP).query(this::gateLine).list();
	}

	private ExecutiveDigestContent.GateLine gateLine(ResultSet rs, int row) throws SQLException {
		return new ExecutiveDigestContent.GateLine(rs.getString(2), label(rs.getString(3)), label(rs.getString(4)),
				label(rs.getString(5)), label(rs.getString(6)), rs.getString(7), baseUrl + "/gates/" + rs.getLong(1));
	}

	/**
	 * The top 10 as the dashboard ranks them now (risk_rollup), each with its rank at the week's start — recomputed
	 * from the flags open then with the same weights (acceptances have no history, so they are not subtracted there)
	 * — and the flags raised on it in the week.
	 */
	private List<ExecutiveDigestContent.TopRisk> top(Timestamp from, Timestamp to) {
		Map<Long, Integer> before = new HashMap<>();
		jdbc.sql("SELECT f.initiative_id FROM risk_flag f WHERE f.raised_at < :at AND (f.cleared_at IS NULL OR f.cleared_at >= :at)"
				+ " GROUP BY f.initiative_id HAVING sum(" + WEIGHT + ") > 0"
				+ " ORDER BY sum(" + WEIGHT + ") DESC, f.initiative_id LIMIT :top")
			.param("at", from).param("top", TOP)
			.query((ResultSet rs) -> {
				before.put(rs.getLong(1), before.size() + 1);
			});
		List<ExecutiveDigestContent.TopRisk> top = new ArrayList<>();
		jdbc.sql("""
				SELECT i.id, i.name, b.name, r.risk_score,
				       (SELECT count(*) FROM risk_flag f WHERE f.initiative_id = i.id AND f.raised_at >= :from AND f.raised_at < :to)
				FROM risk_rollup r JOIN initiative i ON i.id = r.initiative_id JOIN business_unit b ON b.id = i.business_unit_id
				WHERE r.risk_score > 0 ORDER BY r.risk_score DESC, i.name LIMIT :top
				""").param("from", from).param("to", to).param("top", TOP)
			.query((ResultSet rs) -> {
				long id = rs.getLong(1);
				top.add(new ExecutiveDigestContent.TopRisk(top.size() + 1, rs.getString(2), rs.getString(3), rs.getLong(4),
						before.get(id), rs.getLong(5), baseUrl + "/initiatives/" + id));
			});
		return top;
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	/** The risk module's word for a stored constant from its bundle ({@code term.<Type>.<NAME>}), else humanized. */
	private String term(String type, String constant, Locale locale) {
		return messages.getMessage("term." + type + "." + constant, null, label(constant), locale);
	}

	/** TASK_CONTEXT_DRIFT → Task context drift. */
	static String label(String constant) {
		String words = constant.replace('_', ' ').toLowerCase();
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
