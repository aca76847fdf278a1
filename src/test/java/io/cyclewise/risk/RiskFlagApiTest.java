package io.cyclewise.risk;

import java.util.List;
import java.util.Locale;

import io.cyclewise.risk.rule.RiskRule;
import io.cyclewise.risk.rule.RiskRules;
import io.cyclewise.support.Api;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.cyclewise.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Flags through the API, with real tokens on real PostgreSQL: the stored flags, the page's texts and order. */
@SpringBootTest
@AutoConfigureMockMvc
class RiskFlagApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	RiskFlagService flags;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RiskRules rules;

	@Autowired
	MessageSource messages;

	@Autowired
	JsonMapper json;

	String executive;

	@BeforeEach
	void setUp() {
		BackgroundWork.awaitDone(jdbc);
		executive = Api.token(tokens, "executive", TokenAccess.READ_ONLY);
	}

	@Test
	void listsTheStoredFlagsWithEachFilter() throws Exception {
		assertTotal("", "SELECT count(*) FROM risk_flag");
		assertTotal("status=OPEN&characteristic=CONTEXT_SENSITIVITY",
				"SELECT count(*) FROM risk_flag WHERE cleared_at IS NULL AND characteristic = 'CONTEXT_SENSITIVITY'");
		assertTotal("status=CLEARED", "SELECT count(*) FROM risk_flag WHERE cleared_at IS NOT NULL");
		assertTotal("severity=CRITICAL&rule=PACE_MISMATCH",
				"SELECT count(*) FROM risk_flag WHERE severity = 'CRITICAL' AND rule = 'PACE_MISMATCH'");
		long unit = jdbc.queryForObject("SELECT min(business_unit_id) FROM initiative i"
				+ " WHERE EXISTS (SELECT 1 FROM risk_flag f WHERE f.initiative_id = i.id)", Long.class);
		assertTotal("status=OPEN&businessUnit=" + unit, "SELECT count(*) FROM risk_flag f JOIN initiative i"
				+ " ON i.id = f.initiative_id WHERE f.cleared_at IS NULL AND i.business_unit_id = " + unit);
		long initiative = jdbc.queryForObject("SELECT min(initiative_id) FROM risk_flag", Long.class);
		assertTotal("initiative=" + initiative, "SELECT count(*) FROM risk_flag WHERE initiative_id = " + initiative);

		JsonNode page = read("/api/v1/flags?status=OPEN&size=100");
		assertThat(page.get("items")).isNotEmpty().allSatisfy(flag -> {
			assertThat(flag.get("open").asBoolean()).isTrue();
			assertThat(flag.get("clearedAt").isNull()).isTrue();
			assertThat(flag.get("explanation").asString()).isEqualTo(jdbc.queryForObject(
					"SELECT explanation FROM risk_flag WHERE id = ?", String.class, flag.get("id").asLong()));
			RiskRule rule = rules.find(flag.get("rule").asString()).orElseThrow();
			assertThat(flag.get("concept").asString())
				.isEqualTo(messages.getMessage(rule.conceptCode(), null, Locale.ENGLISH));
			assertThat(flag.get("source").asString()).isEqualTo(rule.characteristic().source());
			assertThat(flag.get("practice").get("label").asString())
				.isEqualTo(messages.getMessage(rule.practice().labelCode(), null, Locale.ENGLISH));
		});
		assertThat(page.toString()).doesNotContainIgnoringCase("seed 00");
	}

	@Test
	void anInitiativesFlagsComeInThePagesOrderWithItsTexts() throws Exception {
		long id = jdbc.queryForObject("SELECT initiative_id FROM risk_flag GROUP BY initiative_id"
				+ " ORDER BY count(*) DESC, initiative_id LIMIT 1", Long.class);
		JsonNode listed = read("/api/v1/initiatives/" + id + "/flags");
		List<RiskFlagView> shown = flags.flagsOf(id);
		assertThat(listed.valueStream().map(flag -> flag.get("id").asLong()).toList())
			.containsExactlyElementsOf(shown.stream().map(view -> view.flag().getId()).toList());
		String page = mvc.perform(get("/initiatives/" + id + "/flags").with(user("executive").roles("EXECUTIVE")))
			.andReturn().getResponse().getContentAsString();
		for (JsonNode flag : listed) {
			if (flag.get("open").asBoolean()) {
				assertThat(page).contains(HtmlUtils.htmlEscape(flag.get("ruleLabel").asString()));
			}
		}
	}

	@Test
	void refusesBadFiltersUnknownInitiativesAndMissingTokens() throws Exception {
		mvc.perform(get("/api/v1/flags").param("status", "SOMETIMES").param("severity", "HUGE").param("size", "0")
			.with(bearer(executive)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("status")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("severity")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("size")));
		mvc.perform(get("/api/v1/initiatives/999999999/flags").with(bearer(executive)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail", containsString("999999999")));
		mvc.perform(get("/api/v1/flags")).andExpect(status().isUnauthorized());
	}

	private void assertTotal(String query, String sql) throws Exception {
		long stored = jdbc.queryForObject(sql, Long.class);
		assertThat(read("/api/v1/flags?" + query).get("totalItems").asLong()).as(query).isEqualTo(stored);
	}

	private JsonNode read(String uri) throws Exception {
		return json.readTree(mvc.perform(get(uri).with(bearer(executive))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}
}
