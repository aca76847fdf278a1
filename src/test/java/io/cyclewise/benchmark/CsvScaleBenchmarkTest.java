package io.cyclewise.benchmark;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cyclewise.support.BackgroundWork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV at goal scale (10,000 initiatives; {@code -Dbenchmark.initiatives=N}) over real HTTP: each portfolio export
 * with its time, rows and the highest heap in use while it streams, then a 1,000-row import (preview and confirm).
 * Not part of {@code ./mvnw verify}: {@code ./mvnw verify -Pbenchmark -Dtest=CsvScaleBenchmarkTest}. Asserts that
 * every selected row arrived; the figures go to {@code target/benchmark/csv-scale.md}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CsvScaleBenchmarkTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();

	private final StringBuilder report = new StringBuilder("# CSV at scale\n\n");

	@Test
	void exportsAndAnImportAtGoalScale() throws Exception {
		int initiatives = Integer.getInteger("benchmark.initiatives", 10_000);
		BackgroundWork.awaitDone(jdbc);
		jdbc.execute(Files.readString(Path.of("db/generate-portfolio.sql")));
		int toAdd = (int) (initiatives - jdbc.queryForObject("SELECT count(*) FROM initiative", Long.class));
		if (toAdd > 0) {
			jdbc.queryForObject("SELECT cyclewise_generate_portfolio(?, ?)", Integer.class, toAdd, toAdd);
		}
		jdbc.execute("VACUUM ANALYZE");
		BackgroundWork.awaitDone(jdbc);
		signIn("lead");
		report.append(String.format(Locale.ROOT, "%,d initiatives, %,d risk flags, %,d applicable checklist items.%n%n",
				count("SELECT count(*) FROM initiative"), count("SELECT count(*) FROM risk_flag"),
				count("SELECT count(*) FROM checklist_applicable_item")));
		report.append("| export | rows | MiB | seconds | live heap before, MiB | highest live heap while streaming, MiB |\n"
				+ "|---|---|---|---|---|---|\n");
		export("/initiatives/export.csv", count("SELECT count(*) FROM initiative"));
		export("/risk/flags.csv", count("SELECT count(*) FROM risk_flag"));
		export("/checklists/answers.csv", count("SELECT count(*) FROM checklist_applicable_item"));
		export("/initiatives/export.csv?phase=SUSTAINING&sort=BUSINESS_UNIT",
				count("SELECT count(*) FROM initiative WHERE alignment_phase = 'SUSTAINING'"));

		StringBuilder file = new StringBuilder("name,purpose,business_unit,lead,alignment_phase,lifecycle_stage,mechanism,"
				+ "organization_state,organization_since,organization_pace_days,technology_state,technology_since,"
				+ "technology_pace_days,user_state,user_since,user_pace_days,user_contexts\n");
		String unit = jdbc.queryForObject("SELECT name FROM business_unit ORDER BY id LIMIT 1", String.class);
		String today = LocalDate.now(clock).toString();
		for (int i = 0; i < 1_000; i++) {
			file.append("Benchmark import ").append(i).append(",Imported to measure,\"").append(unit).append("\",lead,")
				.append("REINITIATING,REQUIREMENTS_ANALYSIS,KNOWLEDGE_CREATION,FORMING,").append(today).append(",90,EXPLORING,")
				.append(today).append(",14,IDENTIFIED,").append(today).append(",180,\"Depot A, Depot B\"\n");
		}
		long before = count("SELECT count(*) FROM initiative");
		long start = System.nanoTime();
		HttpResponse<String> preview = upload(file.toString().getBytes(StandardCharsets.UTF_8));
		double previewSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(preview.statusCode()).isEqualTo(200);
		start = System.nanoTime();
		HttpResponse<String> confirmed = post("/initiatives/import/confirm", "content="
				+ URLEncoder.encode(field(preview.body(), "content"), StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(field(preview.body(), "_csrf"), StandardCharsets.UTF_8));
		double confirmSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(count("SELECT count(*) FROM initiative")).isEqualTo(before + 1_000);
		report.append(String.format(Locale.ROOT, "%nImport of 1,000 rows (%.0f KiB): preview %.1f s, confirm (one transaction) %.1f s.%n",
				file.length() / 1024.0, previewSeconds, confirmSeconds));
		Files.createDirectories(Path.of("target/benchmark"));
		Files.writeString(Path.of("target/benchmark/csv-scale.md"), report);
		System.out.println(report);
	}

	private void export(String path, long expectedRows) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		AtomicLong highest = new AtomicLong(before);
		long start = System.nanoTime();
		HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		long rows = -1;
		long chars = 0;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				chars += line.length() + 2;
				if (!line.isEmpty()) {
					rows++;
				}
				if (rows % 25_000 == 0) {
					// Live objects only (the server runs in this JVM): what the export holds, not its garbage.
					System.gc();
					highest.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				}
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		// Rows may hold line breaks inside quotes (explanations); count them as the database does, by records.
		assertThat(rows).isGreaterThanOrEqualTo(expectedRows);
		report.append(String.format(Locale.ROOT, "| `%s` | %,d | %.1f | %.2f | %.0f | %.0f |%n", path, expectedRows,
				chars / (1024.0 * 1024.0), seconds, before / (1024.0 * 1024.0), highest.get() / (1024.0 * 1024.0)));
	}

	private void signIn(String username) throws Exception {
		String token = field(client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body(), "_csrf");
		post("/login", "username=" + username + "&password=cyclewise&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
	}

	private HttpResponse<String> upload(byte[] file) throws Exception {
		String token = field(client.send(HttpRequest.newBuilder(uri("/initiatives/import")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body(), "_csrf");
		String boundary = "----cyclewise-benchmark";
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"import.csv\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return client.send(HttpRequest.newBuilder(uri("/initiatives/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String field(String page, String name) {
		Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
		assertThat(matcher.find()).as("field " + name).isTrue();
		return matcher.group(1);
	}
}
