package io.cyclewise.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Measures the dashboard and the initiative list on the demo data and on a generated portfolio (default 2,000
 * initiatives, {@code -Dbenchmark.initiatives=N}). Not part of the normal build: run it with
 * {@code ./mvnw verify -Pbenchmark} (see docs/benchmarks.md). It asserts only that every page answered 200; the
 * figures go to {@code target/benchmark/dashboard.md}, never into a pass/fail decision.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
class DashboardBenchmarkTest {

	private static final int WARM_UP = 5;
	private static final int RUNS = 30;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private final List<String> report = new ArrayList<>();

	@Test
	void dashboardOnDemoDataAndOnAGeneratedPortfolio() throws Exception {
		int target = Integer.getInteger("benchmark.initiatives", 2000);
		report.add("# Dashboard benchmark");
		report.add("");
		report.add("Each figure: " + RUNS + " requests after " + WARM_UP
				+ " warm-up requests, in-process through MockMvc (security, controller, SQL, Thymeleaf), on the embedded PostgreSQL.");
		report.add("");
		report.add("| portfolio | page | median ms | p95 ms | max ms |");
		report.add("|---|---|---|---|---|");
		measureAll("demo (" + count() + " initiatives)");

		long start = System.nanoTime();
		String script = Files.readString(Path.of("db/generate-portfolio.sql"));
		jdbc.execute(script);
		jdbc.queryForObject("SELECT cyclewise_generate_portfolio(?)", Integer.class, (int) (target - count()));
		long generated = System.nanoTime() - start;
		start = System.nanoTime();
		jdbc.update("INSERT INTO risk_recomputation_mark (initiative_id, marked_at, not_before) SELECT id, now(), now() FROM initiative"
				+ " ON CONFLICT DO NOTHING");
		io.cyclewise.support.BackgroundWork.awaitDone(jdbc);
		long recomputed = System.nanoTime() - start;
		measureAll("generated (" + count() + " initiatives, " + jdbc.queryForObject(
				"SELECT count(*) FROM risk_flag WHERE cleared_at IS NULL", Long.class) + " open flags)");
		report.add("");
		report.add(String.format(Locale.ROOT, "Generating the portfolio took %.1f s; computing every initiative's flags took %.1f s.",
				generated / 1e9, recomputed / 1e9));
		Path out = Path.of("target/benchmark/dashboard.md");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
		report.forEach(System.out::println);
	}

	private long count() {
		return jdbc.queryForObject("SELECT count(*) FROM initiative", Long.class);
	}

	private void measureAll(String portfolio) throws Exception {
		long unit = jdbc.queryForObject("SELECT min(id) FROM business_unit", Long.class);
		measure(portfolio, "dashboard", get("/dashboard"));
		measure(portfolio, "dashboard, one business unit", get("/dashboard").param("businessUnit", String.valueOf(unit)));
		measure(portfolio, "initiative list, first page", get("/initiatives"));
		measure(portfolio, "initiative list, open temporal-complexity flags",
				get("/initiatives").param("only", "open-flag-temporal-complexity").param("businessUnit", String.valueOf(unit)));
	}

	private void measure(String portfolio, String page, MockHttpServletRequestBuilder request) throws Exception {
		request.with(user("executive").roles("EXECUTIVE"));
		for (int i = 0; i < WARM_UP; i++) {
			assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(200);
		}
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			int status = mvc.perform(request).andReturn().getResponse().getStatus();
			millis[i] = (System.nanoTime() - start) / 1e6;
			assertThat(status).isEqualTo(200);
		}
		Arrays.sort(millis);
		report.add(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f |", portfolio, page, millis[RUNS / 2],
				millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1]));
	}
}
