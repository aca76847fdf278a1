package io.cyclewise.risk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How far the background recomputation is, for the progress display, the dashboard and each initiative's page. */
@Service
@Transactional(readOnly = true)
public class RecomputationStatus {

	private final JdbcClient jdbc;

	RecomputationStatus(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public RecomputationProgress progress() {
		long[] marks = jdbc.sql("SELECT count(*), count(*) FILTER (WHERE attempts > 0) FROM risk_recomputation_mark")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		return jdbc.sql("""
				SELECT r.reason, r.requested_at, r.initiatives,
				       (SELECT count(*) FROM risk_recomputation_mark m WHERE m.marked_at >= r.requested_at)
				FROM risk_recomputation_request r ORDER BY r.requested_at DESC, r.id DESC LIMIT 1
				""").query((rs, row) -> {
			long total = rs.getLong(3);
			long pending = Math.min(total, rs.getLong(4));
			return new RecomputationProgress(rs.getString(1), rs.getTimestamp(2).toInstant(), total, total - pending,
					marks[0], marks[1]);
		}).optional().orElseGet(() -> new RecomputationProgress(null, null, 0, 0, marks[0], marks[1]));
	}

	/** When this initiative's flags were last brought up to date, if ever. */
	public Optional<Instant> evaluatedAt(long initiativeId) {
		return jdbc.sql("SELECT evaluated_at FROM risk_rollup WHERE initiative_id = ?").param(initiativeId)
			.query(Timestamp.class).optional().map(Timestamp::toInstant);
	}

	/** Whether a change to this initiative is still waiting for its flags to be recomputed. */
	public boolean isMarked(long initiativeId) {
		return jdbc.sql("SELECT count(*) FROM risk_recomputation_mark WHERE initiative_id = ?").param(initiativeId)
			.query(Long.class).single() > 0;
	}
}
