package io.cyclewise.support;

import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Cross-module events are handled asynchronously and flags are recomputed by a background worker: a test that
 * changes something and then reads flags, links or dashboards first waits until that work is done. Done means no
 * incomplete event publication and no initiative still marked for recomputation; a failed listener or a failing
 * recomputation therefore fails the test (after the timeout) instead of being missed.
 */
public final class BackgroundWork {

	private BackgroundWork() {
	}

	public static void awaitDone(JdbcTemplate jdbc) {
		awaitDone(jdbc, Duration.ofSeconds(30));
	}

	public static void awaitDone(JdbcTemplate jdbc, Duration atMost) {
		await("background work (event listeners and flag recomputation) to finish")
			.atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(25))
			.until(() -> outstanding(jdbc) == 0);
	}

	public static long outstanding(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT (SELECT count(*) FROM event_publication WHERE completion_date IS NULL)"
				+ " + (SELECT count(*) FROM risk_recomputation_mark)", Long.class);
	}
}
