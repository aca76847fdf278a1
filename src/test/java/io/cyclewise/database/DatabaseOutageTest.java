package io.cyclewise.database;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import io.cyclewise.organization.internal.BusinessUnitRepository;
import io.cyclewise.user.UserDirectory;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PostgreSQL stops under the running portal and comes back: pages say so honestly (503, the portal's own page)
 * within seconds, JSON and htmx clients get a problem detail, health turns DOWN; once PostgreSQL is back the same
 * signed-in session works again without a restart, health is UP, and what was saved before the outage is there.
 * <p>
 * It stops the server, so it runs on its own throw-away embedded database (its own Spring context, closed after).
 * On Testcontainers' PostgreSQL there is no embedded server to stop, and the test is skipped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cyclewise.test.context=database-outage", "cyclewise.metrics.refresh-interval=1s" })
@DirtiesContext
class DatabaseOutageTest {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageTest.class);

	/** The pool gives up after 3 s (application.properties); the rest is slack for a busy machine. */
	private static final Duration PROMPTLY = Duration.ofMillis(4500);

	/**
	 * How long after PostgreSQL accepts connections again the portal may take to serve pages: the pool retries a lost
	 * database with a growing pause of at most 5 s (HikariCP's backoff), so usually a few seconds.
	 */
	private static final Duration RECOVERY = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	@Autowired
	BusinessUnitRepository businessUnits;

	@Autowired
	UserDirectory users;

	@Test
	void pagesSayTheDatabaseIsAwayAndServeAgainOnceItIsBack() throws Exception {
		EmbeddedPostgres postgres = context.getBeanProvider(EmbeddedPostgres.class).getIfAvailable();
		assumeTrue(postgres != null, "runs only on the embedded PostgreSQL, which it can stop and start");
		HikariDataSource pool = context.getBean(HikariDataSource.class);
		assertThat(pool.getConnectionTimeout()).isEqualTo(3000);
		assertThat(pool.getValidationTimeout()).isEqualTo(1000);
		assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "3").containsEntry("loginTimeout", "3");
		EmbeddedPostgresControl server = new EmbeddedPostgresControl(postgres);

		HttpClient lead = signedIn("lead");
		String name = "Outage-proof invoice check";
		long saved = register(lead, name);
		HttpClient anonymous = HttpClient.newHttpClient();

		server.stop();
		try {
			CompletableFuture<Timed> dashboard = timed(lead, get("/dashboard", "text/html"));
			CompletableFuture<Timed> initiatives = timed(lead, get("/initiatives", "text/html,application/xhtml+xml"));
			CompletableFuture<Timed> json = timed(lead, get("/initiatives", "application/json"));
			CompletableFuture<Timed> htmx = timed(lead, HttpRequest.newBuilder(url("/dashboard")).header("HX-Request", "true")
				.header("Accept", "*/*").GET().build());
			CompletableFuture<Timed> health = timed(anonymous, get("/actuator/health", "application/json"));
			CompletableFuture<Timed> styles = timed(lead, get("/css/cyclewise.css", "text/css"));
			CompletableFuture<Timed> signIn = timed(anonymous, get("/login", "text/html"));

			for (CompletableFuture<Timed> page : List.of(dashboard, initiatives)) {
				Timed answer = page.get();
				assertThat(answer.response().statusCode()).isEqualTo(503);
				assertThat(answer.took()).isLessThan(PROMPTLY);
				assertThat(answer.response().headers().firstValue("Content-Type")).hasValueSatisfying(
						type -> assertThat(type).startsWith("text/html"));
				assertThat(answer.response().headers().firstValue("Retry-After")).hasValue("30");
				// The same browser-side protections as every other page, although Spring Security never saw it.
				assertThat(answer.response().headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
						csp -> assertThat(csp).contains("script-src 'self'"));
				assertThat(answer.response().body()).contains("<title>Temporarily unavailable · Cyclewise</title>")
					.contains("cannot reach its database").contains("navbar-brand").contains("/css/cyclewise.css")
					.doesNotContain("Sign out").doesNotContain("Exception").doesNotContain("HTTP Status");
			}
			for (CompletableFuture<Timed> client : List.of(json, htmx)) {
				Timed answer = client.get();
				assertThat(answer.response().statusCode()).isEqualTo(503);
				assertThat(answer.took()).isLessThan(PROMPTLY);
				assertThat(answer.response().headers().firstValue("Content-Type")).hasValue("application/problem+json");
				assertThat(answer.response().headers().firstValue("Retry-After")).hasValue("30");
				assertThat(answer.response().body()).contains("\"title\":\"Temporarily unavailable\"")
					.contains("\"status\":503").contains("cannot reach its database").contains("retry")
					.doesNotContain("Exception");
			}
			Timed down = health.get();
			assertThat(down.response().statusCode()).isEqualTo(503);
			assertThat(down.response().body()).contains("\"status\":\"DOWN\"");
			assertThat(down.took()).isLessThan(PROMPTLY);
			// Style sheets still load (they never read the session), so the page above looks like the portal.
			assertThat(styles.get().response().statusCode()).isEqualTo(200);
			// Someone without a session gets the page too; Spring Session tries twice to store the session it just
			// created (when the page is written, and at the end of the request), so this one may wait twice.
			assertThat(signIn.get().response().statusCode()).isEqualTo(503);
			assertThat(signIn.get().response().body()).contains("<title>Temporarily unavailable · Cyclewise</title>");
			assertThat(signIn.get().took()).isLessThan(PROMPTLY.multipliedBy(2));
			// A Prometheus scrape still answers: the portal's gauges that read the database say NaN (unknown).
			Thread.sleep(1100); // past the refresh interval, so the gauges try the database again
			long scrapeStarted = System.nanoTime();
			String scrape = context.getBean(PrometheusMeterRegistry.class).scrape();
			Duration scrapeTook = Duration.ofNanos(System.nanoTime() - scrapeStarted);
			assertThat(scrape).contains("cyclewise_flags_open{characteristic=\"temporal_complexity\"} NaN")
				.contains("cyclewise_recomputation_backlog NaN").contains("cyclewise_observations_ingested_total");
			// One attempt for the open flags (all characteristics), one for the backlog.
			assertThat(scrapeTook).isLessThan(PROMPTLY.multipliedBy(2));
			log.info("Database away: /dashboard 503 after {} ms, /initiatives 503 after {} ms, JSON 503 after {} ms, "
					+ "htmx 503 after {} ms, health DOWN after {} ms, sign-in page without a session 503 after {} ms",
					dashboard.get().took().toMillis(), initiatives.get().took().toMillis(), json.get().took().toMillis(),
					htmx.get().took().toMillis(), down.took().toMillis(), signIn.get().took().toMillis());
		}
		finally {
			server.start();
		}

		long restarted = System.nanoTime();
		HttpResponse<String> page = lead.send(get("/dashboard", "text/html"), HttpResponse.BodyHandlers.ofString());
		while (page.statusCode() == 503 && Duration.ofNanos(System.nanoTime() - restarted).compareTo(RECOVERY) < 0) {
			Thread.sleep(100);
			page = lead.send(get("/dashboard", "text/html"), HttpResponse.BodyHandlers.ofString());
		}
		Duration recovery = Duration.ofNanos(System.nanoTime() - restarted);
		log.info("Database back: /dashboard served again {} ms after PostgreSQL accepted connections", recovery.toMillis());
		// Still signed in (the session lives in PostgreSQL): a 200, not a redirect to the sign-in page.
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Sign out");
		assertThat(lead.send(get("/initiatives", "text/html"), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(200);
		HttpResponse<String> up = anonymous.send(get("/actuator/health", "application/json"), HttpResponse.BodyHandlers.ofString());
		assertThat(up.statusCode()).isEqualTo(200);
		assertThat(up.body()).contains("\"status\":\"UP\"");
		// What was acknowledged before the outage is still there.
		HttpResponse<String> detail = lead.send(get("/initiatives/" + saved, "text/html"), HttpResponse.BodyHandlers.ofString());
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains(name);
		assertThat(new JdbcTemplate(context.getBean(HikariDataSource.class))
			.queryForObject("SELECT count(*) FROM initiative WHERE name = ?", Integer.class, name)).isEqualTo(1);
	}

	/** Registers an initiative through the form, as a lead would; returns its id once the portal confirmed it. */
	private long register(HttpClient client, String name) throws Exception {
		String formPage = client.send(get("/initiatives/new", "text/html"), HttpResponse.BodyHandlers.ofString()).body();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", csrfToken(formPage));
		form.put("name", name);
		form.put("purpose", "Spot unusual invoices for the finance team.");
		form.put("businessUnitId", String.valueOf(businessUnits.findAllByOrderByNameAsc().get(0).getId()));
		form.put("leadId", String.valueOf(users.findByUsername("lead").orElseThrow().getId()));
		form.put("userContexts", "Region North");
		form.put("alignmentPhase", "REINITIATING");
		form.put("lifecycleStage", "REQUIREMENTS_ANALYSIS");
		form.put("mechanism", "KNOWLEDGE_CREATION");
		for (String cycle : List.of("organization", "technology", "user")) {
			form.put(cycle + "Since", LocalDate.now(clock).toString());
			form.put(cycle + "PaceDays", "30");
		}
		form.put("organizationState", "FORMING");
		form.put("technologyState", "EXPLORING");
		form.put("userState", "IDENTIFIED");
		HttpResponse<String> created = client.send(post("/initiatives", form), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private HttpClient signedIn(String username) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String login = client.send(get("/login", "text/html"), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> signIn = client.send(post("/login", Map.of("username", username, "password", "cyclewise",
				"_csrf", csrfToken(login))), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		return client;
	}

	private static String csrfToken(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("a form with a CSRF token").isTrue();
		return token.group(1);
	}

	private CompletableFuture<Timed> timed(HttpClient client, HttpRequest request) {
		long start = System.nanoTime();
		return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
			.thenApply(response -> new Timed(response, Duration.ofNanos(System.nanoTime() - start)));
	}

	private HttpRequest get(String path, String accept) {
		return HttpRequest.newBuilder(url(path)).header("Accept", accept).GET().build();
	}

	private HttpRequest post(String path, Map<String, String> form) {
		String body = form.entrySet().stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private record Timed(HttpResponse<String> response, Duration took) {
	}
}
