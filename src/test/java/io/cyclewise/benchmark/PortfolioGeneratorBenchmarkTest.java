package io.cyclewise.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times {@code db/generate-portfolio.sql} at goal scale on the embedded PostgreSQL, on top of the demo data: by
 * default up to 10,000 initiatives ({@code -Dbenchmark.initiatives=N}) with 1,000,000 observations
 * ({@code -Dbenchmark.observations=N}). Run with {@code ./mvnw verify -Pbenchmark} (docs/benchmarks.md); the rows
 * added per table and the time go to {@code target/benchmark/generator.md}, never into a pass/fail decision. Its
 * own context (and database), so the dashboard benchmark still starts from the demo data.
 */
@Tag("benchmark")
@SpringBootTest(properties = "cyclewise.benchmark.context=generator")
@DirtiesContext
class PortfolioGeneratorBenchmarkTest {

	private static final List<String> TABLES = List.of("business_unit", "initiative", "initiative_user_context",
			"initiative_change", "expectation", "checklist_answer", "checklist_answer_change", "performance_observation",
			"data_check", "context_event", "context_event_business_unit", "context_event_user_context",
			"context_event_impact", "risk_flag");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void generatesTheGoalScalePortfolio() throws Exception {
		int target = Integer.getInteger("benchmark.initiatives", 10_000);
		int observations = Integer.getInteger("benchmark.observations", 1_000_000);
		Map<String, Long> before = counts();
		int initiatives = (int) (target - before.get("initiative"));

		long start = System.nanoTime();
		jdbc.execute(Files.readString(Path.of("db/generate-portfolio.sql")));
		assertThat(jdbc.queryForObject("SELECT cyclewise_generate_portfolio(?, observation_count => ?)", Integer.class,
				initiatives, observations)).isEqualTo(initiatives);
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<String, Long> after = counts();

		List<String> report = new ArrayList<>();
		report.add("# Generator benchmark");
		report.add("");
		report.add(String.format(Locale.ROOT, "`cyclewise_generate_portfolio(%d, observation_count => %d)` on the demo data "
				+ "(embedded PostgreSQL, %d cores): **%.1f s**.", initiatives, observations,
				Runtime.getRuntime().availableProcessors(), seconds));
		report.add("");
		report.add("| table | rows before | rows added | rows after |");
		report.add("|---|---:|---:|---:|");
		for (String table : TABLES) {
			report.add(String.format(Locale.ROOT, "| `%s` | %,d | %,d | %,d |", table, before.get(table),
					after.get(table) - before.get(table), after.get(table)));
		}
		report.add("");
		report.add(String.format(Locale.ROOT, "Generated initiatives: %,d distinct user contexts, %,d open flags (open flags "
				+ "are the risk engine's, which has not run); event links: %,d acknowledged, %,d open.",
				count("SELECT count(DISTINCT u.user_context) FROM initiative_user_context u JOIN initiative i"
						+ " ON i.id = u.initiative_id WHERE i.created_by = 'generator'"),
				count("SELECT count(*) FROM risk_flag f JOIN initiative i ON i.id = f.initiative_id"
						+ " WHERE f.cleared_at IS NULL AND i.created_by = 'generator'"),
				count("SELECT count(*) FROM context_event_impact WHERE acknowledged_at IS NOT NULL"),
				count("SELECT count(*) FROM context_event_impact WHERE acknowledged_at IS NULL")));
		Path out = Path.of("target/benchmark/generator.md");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
		report.forEach(System.out::println);
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		TABLES.forEach(table -> counts.put(table, count("SELECT count(*) FROM " + table)));
		return counts;
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}
}
