package io.cyclewise.dashboard;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cyclewise.risk.RiskThresholdService;
import io.cyclewise.risk.Threshold;
import io.cyclewise.support.BackgroundWork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio-scale benchmark (docs/benchmarks.md): a generated portfolio (default 10,000 initiatives and
 * 1,000,000 observations; {@code -Dbenchmark.initiatives=N -Dbenchmark.observations=M}) on the embedded
 * PostgreSQL, the app on a real port, measured over real HTTP in one run, side by side: the dashboard alone and
 * under 4 concurrent clients, its throughput against a trivial endpoint, the bare SQL of the same aggregates, how
 * long a threshold change and an organization-wide event take to answer and until every flag is current, and the
 * heap after the load. Not part of {@code ./mvnw verify}: {@code ./mvnw verify -Pbenchmark}. It asserts only that
 * requests succeeded and flags became current; the figures go to {@code target/benchmark/portfolio-scale.md}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "cyclewise.risk.worker.heartbeat=1s", "spring.thymeleaf.cache=true" })
class PortfolioScaleBenchmarkTest {

	private static final int ALONE = 200;
	private static final int CLIENTS = 4;
	private static final long WARM_UP_MILLIS = 5_000;
	private static final int ROUNDS = 3;
	private static final long ROUND_MILLIS = 5_000;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	DashboardQueries queries;

	@Autowired
	RiskThresholdService thresholds;

	private final List<String> report = new ArrayList<>();

	@Test
	void portfolioAtGoalScale() throws Exception {
		int initiatives = Integer.getInteger("benchmark.initiatives", 10_000);
		int observations = Integer.getInteger("benchmark.observations", 1_000_000);
		BackgroundWork.awaitDone(jdbc);

		long start = System.nanoTime();
		jdbc.execute(Files.readString(Path.of("db/generate-portfolio.sql")));
		int toAdd = (int) (initiatives - count("SELECT count(*) FROM initiative"));
		jdbc.queryForObject("SELECT cyclewise_generate_portfolio(?, ?)", Integer.class, toAdd, observations);
		double generateSeconds = seconds(start);
		jdbc.execute("VACUUM ANALYZE");

		start = System.nanoTime();
		jdbc.update("INSERT INTO risk_recomputation_mark (initiative_id, marked_at, not_before)"
				+ " SELECT id, now(), now() FROM initiative ON CONFLICT DO NOTHING");
		BackgroundWork.awaitDone(jdbc, java.time.Duration.ofMinutes(10));
		double firstComputation = seconds(start);
		jdbc.execute("VACUUM ANALYZE");

		line("# Portfolio-scale benchmark");
		line("");
		line(String.format(Locale.ROOT, "Portfolio: %,d initiatives in %,d business units, %,d user contexts, %,d checklist answers,"
				+ " %,d observations, %,d context events linked to %,d initiatives, %,d flags (%,d open). Generated in %.1f s;"
				+ " first computation of every initiative's flags by the background worker: %.1f s.",
				count("SELECT count(*) FROM initiative"), count("SELECT count(*) FROM business_unit"),
				count("SELECT count(DISTINCT lower(user_context)) FROM initiative_user_context"),
				count("SELECT count(*) FROM checklist_answer"), count("SELECT count(*) FROM performance_observation"),
				count("SELECT count(*) FROM context_event"), count("SELECT count(*) FROM context_event_impact"),
				count("SELECT count(*) FROM risk_flag"), count("SELECT count(*) FROM risk_flag WHERE cleared_at IS NULL"),
				generateSeconds, firstComputation));
		line("");

		List<HttpClient> executives = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			executives.add(signedIn("executive"));
		}
		HttpClient anonymous = HttpClient.newHttpClient();
		List<HttpClient> anonymousClients = Collections.nCopies(CLIENTS, anonymous);
		load(executives, "/dashboard", WARM_UP_MILLIS); // the JIT compiles the hot paths before anything counts
		load(anonymousClients, "/actuator/health", WARM_UP_MILLIS);

		// Side by side: alternating rounds, so a noisy neighbour on the machine hits both endpoints alike.
		Load dashboard = new Load(new ArrayList<>(), 0);
		Load health = new Load(new ArrayList<>(), 0);
		for (int round = 0; round < ROUNDS; round++) {
			dashboard = dashboard.plus(load(executives, "/dashboard", ROUND_MILLIS));
			health = health.plus(load(anonymousClients, "/actuator/health", ROUND_MILLIS));
		}

		line("| what | p50 ms | p95 ms | requests/s |");
		line("|---|---|---|---|");
		List<Double> alone = new ArrayList<>();
		for (int i = 0; i < ALONE; i++) {
			long t = System.nanoTime();
			get(executives.get(0), "/dashboard");
			alone.add(millis(t));
		}
		row("dashboard, 1 client (" + ALONE + " requests)", alone, Double.NaN);
		row("dashboard, " + CLIENTS + " concurrent clients (" + ROUNDS + " × " + ROUND_MILLIS / 1000 + " s)",
				dashboard.latencies(), dashboard.perSecond());
		row("/actuator/health, " + CLIENTS + " concurrent clients (" + ROUNDS + " × " + ROUND_MILLIS / 1000
				+ " s, alternating with the dashboard)", health.latencies(), health.perSecond());
		List<Double> afterChange = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			// As after another instance's recomputation: this one notices within a second.
			jdbc.queryForObject("SELECT nextval('risk_rollup_generation')", Long.class);
			Thread.sleep(1100);
			long t = System.nanoTime();
			get(executives.get(0), "/dashboard");
			afterChange.add(millis(t));
		}
		row("dashboard, 1 client, first request after a recomputation (cache miss, 20 requests)", afterChange, Double.NaN);

		PortfolioScope everything = PortfolioScope.of(new DashboardFilter());
		List<Double> bareSql = new ArrayList<>();
		for (int i = 0; i < ALONE; i++) {
			long t = System.nanoTime();
			PortfolioOverview.of(queries, everything);
			bareSql.add(millis(t));
		}
		row("the dashboard's SQL alone (all its aggregates, in process)", bareSql, Double.NaN);
		Map<String, Runnable> aggregates = new LinkedHashMap<>();
		aggregates.put("phase × mechanism", () -> queries.phaseByMechanism(everything));
		aggregates.put("stage funnel", () -> queries.byStage(everything));
		aggregates.put("deployment rates", () -> queries.deployment(everything));
		aggregates.put("heat map", () -> queries.openFlagsByUnitAndCharacteristic(everything));
		aggregates.put("top 10 by risk", () -> queries.topByRisk(everything));
		aggregates.put("raised and cleared per week", () -> queries.raisedAndClearedPerWeek(everything));
		aggregates.put("accepted risks", () -> queries.acceptedRisks(everything));
		aggregates.put("checklist completion", () -> queries.checklistCompletionByMechanism(everything));
		aggregates.put("freshness", () -> queries.freshness(everything));
		for (Map.Entry<String, Runnable> aggregate : aggregates.entrySet()) {
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				long t = System.nanoTime();
				aggregate.getValue().run();
				times.add(millis(t));
			}
			row("— of which " + aggregate.getKey(), times, Double.NaN);
		}
		line("");
		line(String.format(Locale.ROOT, "Dashboard throughput under load: %.1f %% of the trivial endpoint's (%.0f vs %.0f requests/s).",
				100 * dashboard.perSecond() / health.perSecond(), dashboard.perSecond(), health.perSecond()));
		line("");

		line("| change (over HTTP) | request answered in ms | every flag current after s |");
		line("|---|---|---|");
		HttpClient admin = signedIn("admin");
		Map<String, String> form = new LinkedHashMap<>();
		thresholds.current().values().forEach((threshold, value) -> form.put(threshold.name(), value.toPlainString()));
		form.put(Threshold.PACE_MISMATCH_FACTOR.name(), "5");
		timeChange(String.format(Locale.ROOT, "risk thresholds saved (all %,d initiatives marked)", initiatives), admin, "/admin/risk-thresholds",
				"/admin/risk-thresholds", form);

		String templatePage = "/admin/checklist-templates/ALIGNMENT_PRACTICES";
		Map<String, String> template = formFields(get(admin, templatePage));
		template.put("items[0].text", template.get("items[0].text") + " (reworded by the benchmark)");
		timeChange("checklist template published (every initiative marked)", admin, templatePage, templatePage, template);

		HttpClient executive = executives.get(0);
		Map<String, String> event = new LinkedHashMap<>();
		event.put("kind", "SUDDEN_SHOCK");
		event.put("title", "Benchmark shock " + UUID.randomUUID());
		event.put("description", "An organization-wide sudden shock recorded by the benchmark.");
		event.put("occurredOn", LocalDate.now(clock).toString());
		event.put("scope", "ORGANIZATION");
		event.put("submissionId", UUID.randomUUID().toString());
		timeChange("organization-wide Sudden shock recorded", executive, "/events/new", "/events", event);
		long flagged = count("SELECT count(DISTINCT f.initiative_id) FROM risk_flag f WHERE f.cleared_at IS NULL"
				+ " AND f.rule = 'EXTERNAL_ENVIRONMENT_CHANGE'"
				+ " AND f.raised_at >= (SELECT recorded_at FROM context_event ORDER BY id DESC LIMIT 1)");
		line("");
		line(String.format(Locale.ROOT, "After the shock, %,d initiatives carry its external-environment-change flag.", flagged));

		System.gc();
		Runtime runtime = Runtime.getRuntime();
		line(String.format(Locale.ROOT, "Heap after the load (after a GC): %.0f MiB used of %.0f MiB committed (max %.0f MiB); %d threads.",
				(runtime.totalMemory() - runtime.freeMemory()) / 1048576.0, runtime.totalMemory() / 1048576.0,
				runtime.maxMemory() / 1048576.0, ManagementFactory.getThreadMXBean().getThreadCount()));

		Path out = Path.of("target/benchmark/portfolio-scale.md");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
		report.forEach(System.out::println);
	}

	private void timeChange(String what, HttpClient client, String formPage, String action, Map<String, String> fields)
			throws Exception {
		String csrf = csrf(get(client, formPage));
		Map<String, String> body = new LinkedHashMap<>(fields);
		body.put("_csrf", csrf);
		long start = System.nanoTime();
		HttpResponse<String> response = post(client, action, body);
		double answered = millis(start);
		assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(302);
		BackgroundWork.awaitDone(jdbc, java.time.Duration.ofMinutes(5));
		double current = seconds(start);
		line(String.format(Locale.ROOT, "| %s | %.0f | %.1f |", what, answered, current));
	}

	/** Latencies and requests per second; rounds add up (their seconds weighted by their requests). */
	record Load(List<Double> latencies, double seconds) {

		double perSecond() {
			return latencies.size() / seconds;
		}

		Load plus(Load other) {
			List<Double> all = new ArrayList<>(latencies);
			all.addAll(other.latencies);
			return new Load(all, seconds + other.seconds);
		}
	}

	private Load load(List<HttpClient> clients, String path, long millis) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(clients.size());
		long until = System.currentTimeMillis() + millis;
		long start = System.nanoTime();
		List<Future<List<Double>>> results = new ArrayList<>();
		for (HttpClient client : clients) {
			results.add(threads.submit(() -> {
				List<Double> latencies = new ArrayList<>();
				while (System.currentTimeMillis() < until) {
					long t = System.nanoTime();
					fetch(client, path);
					latencies.add(millis(t));
				}
				return latencies;
			}));
		}
		List<Double> all = new ArrayList<>();
		for (Future<List<Double>> result : results) {
			all.addAll(result.get());
		}
		double elapsed = seconds(start);
		threads.shutdown();
		return new Load(all, elapsed);
	}

	/** Like a load tool: the body is read off the socket but not decoded, so the client's own work stays small. */
	private void fetch(HttpClient client, String path) throws IOException, InterruptedException {
		HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
	}

	private HttpClient signedIn(String username) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String csrf = csrf(get(client, "/login"));
		HttpResponse<String> response = post(client, "/login",
				Map.of("username", username, "password", "cyclewise", "_csrf", csrf));
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		return client;
	}

	private String get(HttpClient client, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> post(HttpClient client, String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		String body = fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The hidden inputs and text areas of a server-rendered form, as the browser would send them unchanged. */
	private static Map<String, String> formFields(String page) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = Pattern.compile("<input type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(page);
		while (hidden.find()) {
			fields.put(hidden.group(1), unescape(hidden.group(2)));
		}
		Matcher text = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(page);
		while (text.find()) {
			fields.put(text.group(1), unescape(text.group(2)));
		}
		fields.remove("_csrf");
		return fields;
	}

	private static String unescape(String html) {
		return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
	}

	private static String csrf(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private void row(String what, List<Double> latencies, double perSecond) {
		List<Double> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		line(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s |", what, percentile(sorted, 50), percentile(sorted, 95),
				Double.isNaN(perSecond) ? "" : String.format(Locale.ROOT, "%.0f", perSecond)));
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

	private static double millis(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e6;
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}
}
