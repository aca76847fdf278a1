package io.cyclewise.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;

import io.cyclewise.support.BackgroundWork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static io.cyclewise.support.Users.EXECUTIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Report generation times: first with the demo portfolio, then with the portfolio topped up by
 * {@code db/generate-portfolio.sql} to {@code -Dbenchmark.initiatives} (10,000 by default, with
 * {@code -Dbenchmark.observations}, 1,000,000 by default) and every flag computed. For each: a factsheet as PDF (mean
 * of 5), and a board report of the whole portfolio: how long the request took (it only queues the report), how long
 * until the report was ready, how many progress steps the polling page saw, the PDF's size and the highest live heap
 * while it was generated. Not part of {@code ./mvnw verify}:
 * {@code ./mvnw verify -Pbenchmark -Dtest=ReportBenchmarkTest}; figures in {@code target/benchmark/reports.md}.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
class ReportBenchmarkTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private final StringBuilder report = new StringBuilder("# Report generation\n\n"
			+ "| initiatives | factsheet PDF, mean of 5 (s) | board report: request answered (ms) | board report ready after (s)"
			+ " | progress steps seen | PDF pages | PDF MiB | live heap before / highest while generating (MiB) |\n"
			+ "|---|---|---|---|---|---|---|---|\n");

	@Test
	void reportsWithTheDemoPortfolioAndAtGoalScale() throws Exception {
		int initiatives = Integer.getInteger("benchmark.initiatives", 10_000);
		int observations = Integer.getInteger("benchmark.observations", 1_000_000);
		BackgroundWork.awaitDone(jdbc);
		measure();

		jdbc.execute(Files.readString(Path.of("db/generate-portfolio.sql")));
		int toAdd = (int) (initiatives - count());
		if (toAdd > 0) {
			jdbc.queryForObject("SELECT cyclewise_generate_portfolio(?, ?)", Integer.class, toAdd, observations);
			jdbc.execute("VACUUM ANALYZE");
			jdbc.update("INSERT INTO risk_recomputation_mark (initiative_id, marked_at, not_before)"
					+ " SELECT id, now(), now() FROM initiative ON CONFLICT DO NOTHING");
			BackgroundWork.awaitDone(jdbc, java.time.Duration.ofMinutes(10));
			measure();
		}
		Files.createDirectories(Path.of("target/benchmark"));
		Files.writeString(Path.of("target/benchmark/reports.md"), report);
		System.out.println(report);
	}

	private void measure() throws Exception {
		long initiatives = count();
		long id = jdbc.queryForObject("SELECT min(id) FROM initiative", Long.class);
		mvc.perform(get("/initiatives/" + id + "/factsheet.pdf").with(EXECUTIVE)).andExpect(status().isOk());
		long start = System.nanoTime();
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/initiatives/" + id + "/factsheet.pdf").with(EXECUTIVE)).andExpect(status().isOk());
		}
		double factsheetSeconds = (System.nanoTime() - start) / 5e9;

		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long heapBefore = memory.getHeapMemoryUsage().getUsed();
		long highest = heapBefore;
		start = System.nanoTime();
		String location = mvc.perform(post("/reports/board").with(EXECUTIVE).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		double requestMillis = (System.nanoTime() - start) / 1e6;
		long run = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		TreeSet<Integer> progress = new TreeSet<>();
		String status;
		long lastGc = 0;
		do {
			Thread.sleep(100);
			var row = jdbc.queryForMap("SELECT status, done FROM report_run WHERE id = ?", run);
			status = (String) row.get("status");
			progress.add((Integer) row.get("done"));
			if (System.nanoTime() - lastGc > 2_000_000_000L) {
				// Live objects only (the worker runs in this JVM): what generation holds, not its garbage.
				System.gc();
				highest = Math.max(highest, memory.getHeapMemoryUsage().getUsed());
				lastGc = System.nanoTime();
			}
		}
		while (status.equals("QUEUED") || status.equals("RUNNING"));
		double readySeconds = (System.nanoTime() - start) / 1e9;
		assertThat(status).isEqualTo("DONE");
		byte[] pdf = jdbc.queryForObject("SELECT pdf FROM report_run WHERE id = ?", byte[].class, run);
		int pages;
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			pages = document.getNumberOfPages();
		}
		assertThat(jdbc.queryForObject("SELECT done FROM report_run WHERE id = ?", Integer.class, run)).isEqualTo((int) initiatives);
		report.append(String.format(Locale.ROOT, "| %,d | %.2f | %.0f | %.1f | %d | %,d | %.1f | %.0f / %.0f |%n", initiatives,
				factsheetSeconds, requestMillis, readySeconds, progress.size(), pages, pdf.length / (1024.0 * 1024.0),
				heapBefore / (1024.0 * 1024.0), highest / (1024.0 * 1024.0)));
	}

	private long count() {
		return jdbc.queryForObject("SELECT count(*) FROM initiative", Long.class);
	}
}
