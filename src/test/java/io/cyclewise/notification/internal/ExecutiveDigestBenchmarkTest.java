package io.cyclewise.notification.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.cyclewise.support.BackgroundWork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the first notification scan (every open flag, event link, due review and expiring token, from watermark
 * 0) and routing its notifications take, and how long building the weekly executive digest takes: with the demo portfolio, then topped up by
 * {@code db/generate-portfolio.sql} to {@code -Dbenchmark.initiatives} (10,000 by default) with every flag computed.
 * Measured: the digest of this week so far (all of its queries and both templates, mean of 5) and one real build of
 * a week (stored, executives notified). Not part of {@code ./mvnw verify}:
 * {@code ./mvnw verify -Pbenchmark -Dtest=ExecutiveDigestBenchmarkTest}; figures in {@code target/benchmark/digest.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = "cyclewise.notifications.scan.settle=0s")
class ExecutiveDigestBenchmarkTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExecutiveDigests digests;

	@Autowired
	NotificationScans scans;

	@Autowired
	NotificationDelivery delivery;

	private final StringBuilder scanReport = new StringBuilder("# First notification scan\n\n"
			+ "| initiatives | open flags | notifications created | scan (s) | routed | routing (s) |\n|---|---|---|---|---|---|\n");

	private final StringBuilder report = new StringBuilder("# Weekly executive digest\n\n"
			+ "| initiatives | open flags | flags raised this week | digest of this week so far, mean of 5 (ms) | build and store a week (ms) |\n"
			+ "|---|---|---|---|---|\n");

	@Test
	void digestWithTheDemoPortfolioAndAtGoalScale() throws Exception {
		int initiatives = Integer.getInteger("benchmark.initiatives", 10_000);
		int observations = Integer.getInteger("benchmark.observations", 100_000);
		BackgroundWork.awaitDone(jdbc);
		measure(digests.lastWeek().minusWeeks(52));
		jdbc.execute(Files.readString(Path.of("db/generate-portfolio.sql")));
		int toAdd = (int) (initiatives - count("initiative"));
		if (toAdd > 0) {
			jdbc.queryForObject("SELECT cyclewise_generate_portfolio(?, ?)", Integer.class, toAdd, observations);
			jdbc.execute("VACUUM ANALYZE");
			jdbc.update("INSERT INTO risk_recomputation_mark (initiative_id, marked_at, not_before)"
					+ " SELECT id, now(), now() FROM initiative ON CONFLICT DO NOTHING");
			BackgroundWork.awaitDone(jdbc, java.time.Duration.ofMinutes(15));
			measure(digests.lastWeek().minusWeeks(53));
			measureScan();
		}
		Files.createDirectories(Path.of("target/benchmark"));
		Files.writeString(Path.of("target/benchmark/digest.md"), report + "\n" + scanReport);
		System.out.println(report);
		System.out.println(scanReport);
	}

	private void measure(java.time.LocalDate week) {
		digests.previewThisWeek();
		long start = System.nanoTime();
		for (int i = 0; i < 5; i++) {
			assertThat(digests.previewThisWeek().html()).contains("Top 10 by risk");
		}
		double previewMillis = (System.nanoTime() - start) / 5e6;
		start = System.nanoTime();
		assertThat(digests.build(week).built()).isTrue();
		double buildMillis = (System.nanoTime() - start) / 1e6;
		long raised = jdbc.queryForObject("SELECT count(*) FROM risk_flag WHERE raised_at >= CAST(? AS date)", Long.class,
				digests.lastWeek().plusWeeks(1));
		report.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %.0f | %.0f |%n", count("initiative"),
				jdbc.queryForObject("SELECT count(*) FROM risk_flag WHERE cleared_at IS NULL", Long.class), raised,
				previewMillis, buildMillis));
	}

	/** The scan every instance runs each minute, here the first one after installing: every open flag is new. */
	private void measureScan() {
		long start = System.nanoTime();
		int created = scans.scanAll();
		double scanSeconds = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		int routed = delivery.route(); // in batches of its own until none is new
		double routeSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(count("notification")).isGreaterThanOrEqualTo(created);
		scanReport.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %.1f | %,d | %.1f |%n", count("initiative"),
				jdbc.queryForObject("SELECT count(*) FROM risk_flag WHERE cleared_at IS NULL", Long.class), created,
				scanSeconds, routed, routeSeconds));
	}

	private long count(String table) {
		return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
	}
}
