package io.cyclewise.notification;

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
 * How long building the weekly executive digest takes: with the demo portfolio, then topped up by
 * {@code db/generate-portfolio.sql} to {@code -Dbenchmark.initiatives} (10,000 by default) with every flag computed.
 * Measured: the digest of this week so far (all of its queries and both templates, mean of 5) and one real build of
 * a week (stored, executives notified). Not part of {@code ./mvnw verify}:
 * {@code ./mvnw verify -Pbenchmark -Dtest=ExecutiveDigestBenchmarkTest}; figures in {@code target/benchmark/digest.md}.
 */
@Tag("benchmark")
@SpringBootTest
class ExecutiveDigestBenchmarkTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExecutiveDigests digests;

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
		}
		Files.createDirectories(Path.of("target/benchmark"));
		Files.writeString(Path.of("target/benchmark/digest.md"), report);
		System.out.println(report);
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

	private long count(String table) {
		return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
	}
}
