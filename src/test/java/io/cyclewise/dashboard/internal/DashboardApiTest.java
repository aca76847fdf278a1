package io.cyclewise.dashboard.internal;

import io.cyclewise.dashboard.DashboardFilter;

import java.util.HashMap;
import java.util.Map;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.support.Api;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.cyclewise.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard through the API: the page's aggregates and filters, and a project lead's own view. */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	DashboardQueries queries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void backgroundWorkDone() {
		BackgroundWork.awaitDone(jdbc);
	}

	@Test
	void theWholePortfolioForAnExecutiveMatchesTheDatabaseAndThePagesQueries() throws Exception {
		JsonNode dashboard = read("executive", "");
		assertThat(dashboard.get("initiatives").asLong()).isEqualTo(count("SELECT count(*) FROM initiative"));
		assertThat(dashboard.get("openFlags").asLong()).isEqualTo(count("SELECT count(*) FROM risk_flag WHERE cleared_at IS NULL"));
		Map<String, Long> byPhase = new HashMap<>();
		dashboard.get("byPhase").forEach(row -> byPhase.put(row.get("phase").asString(), row.get("initiatives").asLong()));
		for (AlignmentPhase phase : AlignmentPhase.values()) {
			assertThat(byPhase.get(phase.name())).as(phase.name())
				.isEqualTo(count("SELECT count(*) FROM initiative WHERE alignment_phase = '" + phase.name() + "'"));
		}
		for (JsonNode row : dashboard.get("openFlagsByCharacteristic")) {
			assertThat(row.get("flags").asLong()).as(row.toString()).isEqualTo(count("SELECT count(*) FROM risk_flag"
					+ " WHERE cleared_at IS NULL AND characteristic = '" + row.get("characteristic").asString() + "'"));
		}
		PortfolioOverview page = PortfolioOverview.of(queries, PortfolioScope.of(new DashboardFilter()));
		assertThat(dashboard.get("topByRisk").valueStream().map(row -> row.get("id").asLong() + ":" + row.get("riskScore").asLong()).toList())
			.containsExactlyElementsOf(page.topByRisk().stream().map(row -> row.id() + ":" + row.score()).toList()).isNotEmpty();
		assertThat(dashboard.get("weeklyTrend").valueStream().map(week -> week.get("weekStart").asString() + "="
				+ week.get("raised").asLong() + "/" + week.get("cleared").asLong()).toList())
			.containsExactlyElementsOf(page.weeks().stream().map(week -> week.start() + "=" + week.raised() + "/" + week.cleared()).toList())
			.hasSize(26);
		assertThat(dashboard.get("deployed").asLong()).isEqualTo(page.deployment().deployed());
		assertThat(dashboard.get("funnel").get(0).get("reached").asLong()).isEqualTo(dashboard.get("initiatives").asLong());
	}

	@Test
	void filtersNarrowTheAggregatesAndALeadSeesOnlyTheirOwn() throws Exception {
		JsonNode sustaining = read("scientist", "?phase=SUSTAINING");
		assertThat(sustaining.get("initiatives").asLong())
			.isEqualTo(count("SELECT count(*) FROM initiative WHERE alignment_phase = 'SUSTAINING'"));
		assertThat(sustaining.get("openFlags").asLong()).isEqualTo(count("SELECT count(*) FROM risk_flag f JOIN initiative i"
				+ " ON i.id = f.initiative_id WHERE f.cleared_at IS NULL AND i.alignment_phase = 'SUSTAINING'"));

		long lead = count("SELECT id FROM app_user WHERE username = 'lead'");
		long other = count("SELECT id FROM app_user WHERE username = 'lead2'");
		JsonNode own = read("lead", "?lead=" + other);
		assertThat(own.get("filter").get("lead").asLong()).isEqualTo(lead);
		assertThat(own.get("initiatives").asLong()).isEqualTo(count("SELECT count(*) FROM initiative WHERE lead_id = " + lead));
	}

	@Test
	void refusesFiltersThatAreNotChoices() throws Exception {
		String token = Api.token(tokens, "executive", TokenAccess.READ_ONLY);
		mvc.perform(get("/api/v1/dashboard").param("phase", "SOMETIMES").param("businessUnit", "many").with(bearer(token)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("phase")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("businessUnit")));
		mvc.perform(get("/api/v1/dashboard")).andExpect(status().isUnauthorized());
	}

	private JsonNode read(String username, String query) throws Exception {
		String token = Api.token(tokens, username, TokenAccess.READ_ONLY);
		return json.readTree(mvc.perform(get("/api/v1/dashboard" + query).with(bearer(token))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}
}
