package io.cyclewise.regulation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cyclewise.initiative.internal.InitiativeRepository;
import io.cyclewise.support.Api;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static io.cyclewise.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The AI Act through the API with real tokens: the form's rules, 400 problems per field, permissions, the register. */
@SpringBootTest
@AutoConfigureMockMvc
class AiActApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	InitiativeRepository initiatives;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	String lead;

	String otherLead;

	String executive;

	long ledByLead;

	@BeforeEach
	void tokens() {
		lead = Api.token(tokens, "lead", TokenAccess.READ_WRITE);
		otherLead = Api.token(tokens, "lead2", TokenAccess.READ_WRITE);
		executive = Api.token(tokens, "executive", TokenAccess.READ_ONLY);
		ledByLead = initiatives.findByNameIgnoreCase("Scrap root-cause analysis").orElseThrow().getId();
		assertThat(initiatives.findById(ledByLead).orElseThrow().isLedBy("lead")).isTrue();
	}

	private static Map<String, Object> body(String tier) {
		Map<String, Object> body = new HashMap<>();
		body.put("role", "PROVIDER");
		body.put("annexISafetyComponent", false);
		body.put("prohibitedPractices", List.of());
		body.put("highRiskAreas", List.of());
		body.put("transparencyDuties", List.of("INTERACTS_WITH_PEOPLE"));
		body.put("statedTier", tier);
		body.put("reasoning", "The assistant answers plant engineers directly.");
		return body;
	}

	@Test
	void classifiesReadsAndListsInTheRegister() throws Exception {
		mvc.perform(post("/api/v1/initiatives/" + ledByLead + "/ai-act").with(bearer(lead))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body("TRANSPARENCY"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.tier").value("TRANSPARENCY"))
			.andExpect(jsonPath("$.transparencyDuties[0]").value("INTERACTS_WITH_PEOPLE"))
			.andExpect(jsonPath("$.classifiedBy").value("lead"));
		BackgroundWork.awaitDone(jdbc);
		mvc.perform(get("/api/v1/initiatives/" + ledByLead + "/ai-act").with(bearer(executive)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current.tier").value("TRANSPARENCY"))
			.andExpect(jsonPath("$.history[0].reasoning").value("The assistant answers plant engineers directly."))
			.andExpect(jsonPath("$.disclaimer", containsString("does not replace, legal advice")));
		long transparency = jdbc.queryForObject("SELECT count(*) FROM ai_act_current WHERE tier = 'TRANSPARENCY'", Long.class);
		mvc.perform(get("/api/v1/ai-act").param("tier", "TRANSPARENCY").param("size", "100").with(bearer(executive)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.byTier.TRANSPARENCY").value((int) transparency))
			.andExpect(jsonPath("$.initiatives.totalItems").value((int) transparency))
			.andExpect(jsonPath("$.initiatives.items[*].initiativeId", hasItem((int) ledByLead)));
		mvc.perform(get("/api/v1/ai-act").param("tier", "SOMETIMES").param("size", "0").with(bearer(executive)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("tier")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("size")));
	}

	@Test
	void contradictionsGet400PerFieldAndStoreNothing() throws Exception {
		long before = rows();
		Map<String, Object> contradicting = body("MINIMAL");
		contradicting.put("prohibitedPractices", List.of("SOCIAL_SCORING"));
		contradicting.put("exceptionClaimed", true);
		mvc.perform(post("/api/v1/initiatives/" + ledByLead + "/ai-act").with(bearer(lead))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(contradicting)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors[?(@.field == 'statedTier')].message",
					hasItem("You ticked an Article 5 practice, so the tier is “prohibited”, not “minimal risk”.")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("exceptionClaimed")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("exceptionReason")));
		Map<String, Object> unknown = body("MINIMAL");
		unknown.put("highRiskAreas", List.of("MARS"));
		mvc.perform(post("/api/v1/initiatives/" + ledByLead + "/ai-act").with(bearer(lead))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(unknown)))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/initiatives/" + ledByLead + "/ai-act").with(bearer(lead))
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("reasoning")));
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void onlyTheLeadOrAnAdministratorClassifies() throws Exception {
		long before = rows();
		mvc.perform(post("/api/v1/initiatives/" + ledByLead + "/ai-act").with(bearer(otherLead))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body("TRANSPARENCY"))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/initiatives/999999/ai-act").with(bearer(lead))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body("TRANSPARENCY"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/initiatives/999999/ai-act").with(bearer(executive))).andExpect(status().isNotFound());
		assertThat(rows()).isEqualTo(before);
	}

	private long rows() {
		return jdbc.queryForObject("SELECT (SELECT count(*) FROM ai_act_classification) + (SELECT count(*) FROM ai_act_current)",
				Long.class);
	}
}
