package io.cyclewise.signal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.cyclewise.support.Api;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingestion benchmark (docs/benchmarks.md): on the generated portfolio (default 10,000 initiatives and 1,000,000
 * observations, as {@code PortfolioScaleBenchmarkTest}), a data scientist's pipeline posts bulk imports of
 * observations over real HTTP with a real token: {@code -Dbenchmark.requests=20} requests of
 * {@code -Dbenchmark.batch=5000} observations, spread over every initiative, one after another (and then from
 * {@code -Dbenchmark.clients=N} clients at once, if N > 1). Reports observations per second (per request and overall) and the
 * time until the recomputation backlog is empty and every touched initiative's flags were evaluated after its new
 * values. Asserts only that everything was stored and flags became current; figures go to
 * {@code target/benchmark/ingestion.md}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "cyclewise.risk.worker.heartbeat=1s")
class IngestionBenchmarkTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	JsonMapper json;

	private final List<String> report = new ArrayList<>();
	private final HttpClient http = HttpClient.newHttpClient();
	private final Random random = new Random(52);
	private List<long[]> targets;
	private List<String> contexts;
	private int next;
	private String token;

	@Test
	void bulkImportsAtGoalScale() throws Exception {
		int initiatives = Integer.getInteger("benchmark.initiatives", 10_000);
		int observations = Integer.getInteger("benchmark.observations", 1_000_000);
		int requests = Integer.getInteger("benchmark.requests", 20);
		int batch = Integer.getInteger("benchmark.batch", 5_000);
		int clients = Integer.getInteger("benchmark.clients", 1);
		BackgroundWork.awaitDone(jdbc);

		jdbc.execute(Files.readString(Path.of("db/generate-portfolio.sql")));
		int toAdd = (int) (initiatives - count("SELECT count(*) FROM initiative"));
		jdbc.queryForObject("SELECT cyclewise_generate_portfolio(?, ?)", Integer.class, toAdd, observations);
		jdbc.execute("VACUUM ANALYZE");
		long computing = System.nanoTime();
		jdbc.update("INSERT INTO risk_recomputation_mark (initiative_id, marked_at, not_before)"
				+ " SELECT id, now(), now() FROM initiative ON CONFLICT DO NOTHING");
		BackgroundWork.awaitDone(jdbc, Duration.ofMinutes(10));
		double firstComputation = seconds(computing);
		jdbc.execute("VACUUM ANALYZE");

		// Each initiative with each of its user contexts, in a shuffled order: requests touch many initiatives each.
		targets = new ArrayList<>();
		contexts = new ArrayList<>();
		jdbc.query("SELECT initiative_id, user_context FROM initiative_user_context", rs -> {
			contexts.add(rs.getString(2));
			targets.add(new long[] { rs.getLong(1), contexts.size() - 1 });
		});
		Collections.shuffle(targets, random);
		token = Api.token(tokens, "scientist", TokenAccess.READ_WRITE);

		line("# Ingestion benchmark");
		line("");
		line(String.format(Locale.ROOT, "Portfolio: %,d initiatives, %,d observations before the imports. Each request: %,d "
				+ "observations (metric Accuracy, one of the initiative's user contexts, a date in the last 30 days), "
				+ "over %,d initiative × user-context pairs in turn; JSON bodies of about %.0f KiB, built before timing.",
				count("SELECT count(*) FROM initiative"), count("SELECT count(*) FROM performance_observation"), batch,
				targets.size(), body(batch).length() / 1024.0));
		line("");
		line(String.format(Locale.ROOT, "For comparison, on the same machine in the same run: the background worker's first "
				+ "computation of every initiative's flags (all %,d marked at once, nothing else running) took %.1f s.",
				count("SELECT count(*) FROM initiative"), firstComputation));
		line("");

		// Warm-up (not counted): the JIT compiles the request path; the recomputation it causes is waited for.
		for (int i = 0; i < 3; i++) {
			post(body(batch), batch);
		}
		BackgroundWork.awaitDone(jdbc, Duration.ofMinutes(10));

		line("| run | requests × observations | p50 ms per request | p95 ms | observations/s (p50 request) | observations/s overall | backlog empty and flags current after the last answer |");
		line("|---|---|---|---|---|---|---|");
		run("1 client, one request after another", 1, requests, batch);
		if (clients > 1) {
			run(clients + " clients at once", clients, requests, batch);
		}

		write();
		report.forEach(System.out::println);
	}

	private void run(String what, int clients, int requests, int batch) throws Exception {
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			bodies.add(body(batch));
		}
		long storedBefore = count("SELECT count(*) FROM performance_observation");
		Instant started = Instant.now();
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		List<Future<Double>> results = new ArrayList<>();
		for (String body : bodies) {
			results.add(threads.submit(() -> post(body, batch)));
		}
		List<Double> latencies = new ArrayList<>();
		for (Future<Double> result : results) {
			latencies.add(result.get());
		}
		double elapsed = seconds(start);
		threads.shutdown();
		long answered = System.nanoTime();
		List<Double> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		double p50 = percentile(sorted, 50);
		String figures = String.format(Locale.ROOT, "| %s | %d × %,d | %.0f | %.0f | %,.0f | **%,.0f** |", what, requests,
				batch, p50, percentile(sorted, 95), batch / (p50 / 1000), requests * batch / elapsed);
		System.out.println(figures); // before the wait, so a run that times out still shows its request figures
		try {
			BackgroundWork.awaitDone(jdbc, Duration.ofMinutes(10));
		}
		finally {
			line(figures + String.format(Locale.ROOT, " %.1f s (%,d initiatives; %,d still marked, %,d with failed attempts) |",
					seconds(answered), jdbc.queryForObject("SELECT count(DISTINCT initiative_id) FROM performance_observation"
							+ " WHERE recorded_at >= ?", Long.class, Timestamp.from(started)),
					count("SELECT count(*) FROM risk_recomputation_mark"),
					count("SELECT count(*) FROM risk_recomputation_mark WHERE attempts > 0")));
			write();
		}

		assertThat(count("SELECT count(*) FROM performance_observation") - storedBefore).isEqualTo((long) requests * batch);
		// Flags current: every initiative that got a value in this run was evaluated after its newest value.
		long stale = jdbc.queryForObject("""
				SELECT count(*) FROM (SELECT initiative_id, max(recorded_at) AS newest FROM performance_observation
				                      WHERE recorded_at >= ? GROUP BY initiative_id) AS touched
				LEFT JOIN risk_rollup r ON r.initiative_id = touched.initiative_id
				WHERE r.evaluated_at IS NULL OR r.evaluated_at < touched.newest
				""", Long.class, Timestamp.from(started));
		assertThat(stale).as("initiatives whose flags were not evaluated after their new values").isZero();
	}

	private void write() throws java.io.IOException {
		Path out = Path.of("target/benchmark/ingestion.md");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
	}

	/** @return the request's duration in ms; asserts that every item was stored */
	private double post(String body, int batch) throws Exception {
		long t = System.nanoTime();
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/observations/bulk"))
			.header("Authorization", "Bearer " + token).header("Idempotency-Key", UUID.randomUUID().toString())
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		double millis = (System.nanoTime() - t) / 1e6;
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode answer = json.readTree(response.body());
		assertThat(answer.get("stored").asInt()).as(response.body().substring(0, Math.min(2000, response.body().length())))
			.isEqualTo(batch);
		return millis;
	}

	private synchronized String body(int size) {
		StringBuilder body = new StringBuilder(size * 140).append("{\"items\":[");
		LocalDate today = LocalDate.now(clock);
		for (int i = 0; i < size; i++) {
			long[] target = targets.get(next++ % targets.size());
			BigDecimal value = BigDecimal.valueOf(0.6 + random.nextDouble() * 0.39).setScale(3, RoundingMode.HALF_UP);
			body.append(i == 0 ? "" : ",").append("{\"initiativeId\":").append(target[0])
				.append(",\"metric\":\"Accuracy\",\"value\":").append(value.toPlainString())
				.append(",\"userContext\":").append(json.writeValueAsString(contexts.get((int) target[1])))
				.append(",\"source\":\"OPERATIONAL\",\"observedOn\":\"").append(today.minusDays(random.nextInt(30))).append("\"}");
		}
		return body.append("]}").toString();
	}

	private static double percentile(List<Double> sorted, int percent) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
	}

	private void line(String text) {
		report.add(text);
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}
}
