package io.cyclewise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.Api;
import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static io.cyclewise.support.Users.ADMIN;
import static io.cyclewise.support.Users.EXECUTIVE;
import static io.cyclewise.support.Users.SCIENTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /actuator on the full stack with the demo portfolio: build and git in info, health's parts for administrators
 * only, the portal's own metrics in Prometheus' format matching the database, and who may see what. The gauges
 * are read afresh on every scrape here (refresh interval 0); their caching is {@code risk.CachedReadingTest}'s.
 */
@SpringBootTest(properties = "cyclewise.metrics.refresh-interval=0s")
@AutoConfigureMockMvc
class OperationsEndpointsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void infoNamesTheBuildAndTheCommit() throws Exception {
		// This repository builds from a git checkout (CI clones it), so git.properties exists and names HEAD.
		mvc.perform(get("/actuator/info").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.build.version").isString())
			.andExpect(jsonPath("$.build.artifact").value("cyclewise"))
			.andExpect(jsonPath("$.git.commit.id").value(matchesPattern("[0-9a-f]{7,40}")))
			.andExpect(jsonPath("$.git.branch").isString());
	}

	@Test
	void healthShowsTheDatabaseToAdministratorsAndOnlyTheStatusToOthers() throws Exception {
		mvc.perform(get("/actuator/health").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"));
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void openFlagsAndBacklogMatchTheDatabase() throws Exception {
		BackgroundWork.awaitDone(jdbc);
		Map<String, Long> openFlags = jdbc.queryForList(
				"SELECT lower(characteristic) AS characteristic, count(*) AS open FROM risk_flag WHERE cleared_at IS NULL"
						+ " GROUP BY characteristic").stream()
			.collect(Collectors.toMap(row -> (String) row.get("characteristic"), row -> ((Number) row.get("open")).longValue()));
		assertThat(openFlags).as("the demo portfolio has open flags").isNotEmpty();

		String scrape = scrape();
		for (String characteristic : new String[] { "temporal_complexity", "context_sensitivity", "mechanism_fit" }) {
			assertThat(sample(scrape, "cyclewise_flags_open{characteristic=\"" + characteristic + "\"}"))
				.as(characteristic).isEqualTo(openFlags.getOrDefault(characteristic, 0L).doubleValue());
		}
		long backlog = jdbc.queryForObject("SELECT count(*) FROM risk_recomputation_mark", Long.class);
		assertThat(sample(scrape, "cyclewise_recomputation_backlog")).isEqualTo((double) backlog);
	}

	@Test
	void recordingAnObservationThroughTheFormCountsIt() throws Exception {
		String observations = "cyclewise_observations_ingested_total{channel=\"form\"}";
		String dataChecks = "cyclewise_data_checks_ingested_total{channel=\"form\"}";
		String before = scrape();
		long initiativeId = jdbc.queryForObject("SELECT min(id) FROM initiative", Long.class);

		mvc.perform(post("/initiatives/" + initiativeId + "/observations").with(SCIENTIST).with(csrf())
			.param("metric", "Recall").param("value", "0.83").param("higherIsBetter", "true")
			.param("userContext", "All user contexts").param("source", "OPERATIONAL")
			.param("observedOn", LocalDate.now(clock).toString()).param("submissionId", UUID.randomUUID().toString()))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/initiatives/*"));
		// Refused (a date in the future): nothing stored, nothing counted.
		mvc.perform(post("/initiatives/" + initiativeId + "/observations").with(SCIENTIST).with(csrf())
			.param("metric", "Recall").param("value", "0.83").param("higherIsBetter", "true")
			.param("userContext", "All user contexts").param("source", "OPERATIONAL")
			.param("observedOn", LocalDate.now(clock).plusDays(3).toString()).param("submissionId", UUID.randomUUID().toString()))
			.andExpect(status().isOk());

		String after = scrape();
		assertThat(sample(after, observations)).isEqualTo(sample(before, observations) + 1);
		assertThat(sample(after, dataChecks)).isEqualTo(sample(before, dataChecks));
		BackgroundWork.awaitDone(jdbc);
	}

	@Test
	void onlyAdministratorsSeeInfoAndMetrics() throws Exception {
		for (String path : new String[] { "/actuator/info", "/actuator/prometheus" }) {
			mvc.perform(get(path).with(EXECUTIVE)).andExpect(status().isForbidden());
			mvc.perform(get(path).with(SCIENTIST)).andExpect(status().isForbidden());
		}
		mvc.perform(get("/actuator/info")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/actuator/info").header("Accept", "application/json")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(ADMIN)).andExpect(status().isOk())
			.andExpect(content().string(containsString("# TYPE cyclewise_flags_open gauge")));
		// Scrapers authenticate like the API: an administrator's token (Prometheus' authorization: Bearer).
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")));
		mvc.perform(get("/actuator/prometheus").with(Api.bearer(Api.token(tokens, "admin", TokenAccess.READ_ONLY))))
			.andExpect(status().isOk()).andExpect(content().string(containsString("cyclewise_recomputation_backlog")));
		mvc.perform(get("/actuator/prometheus").with(Api.bearer(Api.token(tokens, "executive", TokenAccess.READ_ONLY))))
			.andExpect(status().isForbidden());
	}

	@Autowired
	PersonalAccessTokens tokens;

	private String scrape() throws Exception {
		return mvc.perform(get("/actuator/prometheus").with(ADMIN)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	/** The value of one sample line, e.g. {@code cyclewise_recomputation_backlog 0.0}. */
	private static double sample(String scrape, String series) {
		Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
		assertThat(line.find()).as("a sample of " + series + " in:\n" + scrape.lines()
			.filter(text -> text.startsWith("cyclewise")).collect(Collectors.joining("\n"))).isTrue();
		return Double.parseDouble(line.group(1));
	}
}
