package io.cyclewise.report.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.cyclewise.dashboard.DashboardFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board reports' rows. Every write is a short transaction of its own (also when called while a page of the
 * appendix is read in a read-only transaction), so progress is visible to the polling page at once.
 */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
class ReportRuns {

	/** A claim outlives the generation of any page by far; each page's progress extends it. */
	static final int CLAIM_MINUTES = 5;

	/** A run whose worker died this many times (its claim expired) is given up. */
	static final int MAX_ATTEMPTS = 3;

	private static final String COLUMNS = "id, requested_by, requested_at, business_unit_id, alignment_phase, mechanism,"
			+ " lead_id, filter_text, status, done, total, started_at, finished_at, failure, attempts";

	private final JdbcClient jdbc;

	ReportRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long request(String username, DashboardFilter filter, String filterText, Instant now) {
		return jdbc.sql("INSERT INTO report_run (requested_by, requested_at, business_unit_id, alignment_phase, mechanism,"
				+ " lead_id, filter_text, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'QUEUED') RETURNING id")
			.params(username, Timestamp.from(now), filter.getBusinessUnit(),
					filter.getPhase() == null ? null : filter.getPhase().name(),
					filter.getMechanism() == null ? null : filter.getMechanism().name(), filter.getLead(), filterText)
			.query(Long.class).single();
	}

	@Transactional(readOnly = true)
	long unfinishedOf(String username) {
		return jdbc.sql("SELECT count(*) FROM report_run WHERE requested_by = ? AND status IN ('QUEUED', 'RUNNING')")
			.param(username).query(Long.class).single();
	}

	@Transactional(readOnly = true)
	Optional<ReportRun> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM report_run WHERE id = ?").param(id).query(ReportRuns::run).optional();
	}

	/** The newest runs of one person, or of everyone when {@code username} is null (administrators). */
	@Transactional(readOnly = true)
	List<ReportRun> recent(String username, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM report_run WHERE (CAST(? AS VARCHAR) IS NULL OR requested_by = ?)"
				+ " ORDER BY requested_at DESC, id DESC LIMIT ?").params(username, username, limit)
			.query(ReportRuns::run).list();
	}

	/**
	 * Takes the oldest waiting run (or one whose worker's claim expired), unless another worker holds it: {@code SKIP
	 * LOCKED} and {@code claimed_until}, as the risk engine's worker does. Runs given up after {@value #MAX_ATTEMPTS}
	 * attempts are marked failed first.
	 */
	Optional<ReportRun> claim() {
		jdbc.sql("UPDATE report_run SET status = 'FAILED', finished_at = now(), failure = 'Generation was interrupted "
				+ MAX_ATTEMPTS + " times; request the report again.' WHERE status = 'RUNNING' AND claimed_until < now()"
				+ " AND attempts >= ?").param(MAX_ATTEMPTS).update();
		return jdbc.sql("UPDATE report_run SET status = 'RUNNING', attempts = attempts + 1, done = 0, started_at = now(),"
				+ " claimed_until = now() + make_interval(mins => ?) WHERE id = (SELECT id FROM report_run"
				+ " WHERE status IN ('QUEUED', 'RUNNING') AND (claimed_until IS NULL OR claimed_until < now())"
				+ " ORDER BY requested_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS)
			.param(CLAIM_MINUTES).query(ReportRuns::run).optional();
	}

	void progress(long id, int done, int total) {
		jdbc.sql("UPDATE report_run SET done = ?, total = ?, claimed_until = now() + make_interval(mins => ?) WHERE id = ?")
			.params(done, total, CLAIM_MINUTES, id).update();
	}

	void finish(long id, String html, byte[] pdf) {
		jdbc.sql("UPDATE report_run SET status = 'DONE', done = total, finished_at = now(), claimed_until = NULL,"
				+ " html = ?, pdf = ? WHERE id = ?").params(html, pdf, id).update();
	}

	void fail(long id, String failure) {
		jdbc.sql("UPDATE report_run SET status = 'FAILED', finished_at = now(), claimed_until = NULL, failure = ?"
				+ " WHERE id = ?").params(failure.length() > 1000 ? failure.substring(0, 1000) : failure, id).update();
	}

	@Transactional(readOnly = true)
	Optional<byte[]> pdf(long id) {
		return jdbc.sql("SELECT pdf FROM report_run WHERE id = ? AND status = 'DONE' AND pdf IS NOT NULL").param(id)
			.query((rs, row) -> rs.getBytes(1)).optional();
	}

	@Transactional(readOnly = true)
	Optional<String> html(long id) {
		return jdbc.sql("SELECT html FROM report_run WHERE id = ? AND status = 'DONE' AND html IS NOT NULL").param(id)
			.query(String.class).optional();
	}

	/** Deletes finished runs older than {@code keep}, and all but each person's newest {@code keepPerPerson}. */
	int cleanUp(Duration keep, int keepPerPerson) {
		int old = jdbc.sql("DELETE FROM report_run WHERE status IN ('DONE', 'FAILED')"
				+ " AND finished_at < now() - make_interval(secs => ?)").param(keep.toSeconds()).update();
		int surplus = jdbc.sql("DELETE FROM report_run WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER"
				+ " (PARTITION BY requested_by ORDER BY requested_at DESC, id DESC) AS n FROM report_run"
				+ " WHERE status IN ('DONE', 'FAILED')) ranked WHERE n > ?)").param(keepPerPerson).update();
		return old + surplus;
	}

	private static ReportRun run(ResultSet rs, int row) throws SQLException {
		return new ReportRun(rs.getLong("id"), rs.getString("requested_by"), instant(rs, "requested_at"),
				(Long) rs.getObject("business_unit_id", Long.class), rs.getString("alignment_phase"),
				rs.getString("mechanism"), (Long) rs.getObject("lead_id", Long.class), rs.getString("filter_text"),
				ReportRun.Status.valueOf(rs.getString("status")), rs.getInt("done"), rs.getInt("total"),
				instant(rs, "started_at"), instant(rs, "finished_at"), rs.getString("failure"), rs.getInt("attempts"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
