package io.cyclewise.checklist;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.support.Registry;
import io.cyclewise.support.TestTokens;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.TestTokens;
import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static io.cyclewise.support.Users.AS_LEAD;
import static io.cyclewise.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Checklists through the API, with real tokens on real PostgreSQL: the page's checks, permissions and versions. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChecklistApiTest {

	@Autowired
	MockMvc mvc;

	TestTokens created;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	InitiativeService initiatives;

	@Autowired
	Registry registry;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	String lead;

	String leadReadOnly;

	String otherLead;

	String scientist;

	String executive;

	long initiativeId;

	@BeforeAll
	void tokens() {
		created = new TestTokens(tokens);
		lead = created.create("lead", TokenAccess.READ_WRITE);
		leadReadOnly = created.create("lead", TokenAccess.READ_ONLY);
		otherLead = created.create("lead2", TokenAccess.READ_WRITE);
		scientist = created.create("scientist", TokenAccess.READ_WRITE);
		executive = created.create("executive", TokenAccess.READ_WRITE);
	}

	@AfterAll
	void revokeTokens() {
		created.revokeAll();
	}

	@BeforeEach
	void fixture() {
		initiativeId = registry.initiative("API checklist target " + UUID.randomUUID().toString().substring(0, 8))
			.purpose("A test subject for the checklists.").mechanism(ValueCreationMechanism.KNOWLEDGE_CREATION).by(AS_LEAD)
			.id();
		BackgroundWork.awaitDone(jdbc);
	}

	@Test
	void readsTheChecklistsWithConditionsAndAnswersAnItemWithTheVersionSeen() throws Exception {
		long itemId = itemId("MECHANISM_CONDITIONS", "STRONG_DATA_SCIENCE_CAPABILITIES");
		mvc.perform(get(checklist()).with(bearer(executive)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mechanism").value("KNOWLEDGE_CREATION"))
			.andExpect(jsonPath("$.canWork").value(false))
			.andExpect(jsonPath("$.checklists[*].kind", hasItem("CRAFT_TACTICS")))
			.andExpect(jsonPath("$.checklists[?(@.kind == 'MECHANISM_CONDITIONS')].items[?(@.itemId == " + itemId
					+ ")].necessaryCondition").value(hasItem("STRONG_DATA_SCIENCE_CAPABILITIES")))
			.andExpect(jsonPath("$.checklists[?(@.kind == 'MECHANISM_CONDITIONS')].items[?(@.itemId == " + itemId
					+ ")].applicable").value(hasItem(true)))
			.andExpect(jsonPath("$.checklists[?(@.kind == 'MECHANISM_CONDITIONS')].items[?(@.itemId == " + itemId
					+ ")].version").value(hasItem(-1)));

		Map<String, Object> body = answer("MET", -1);
		send(itemId, scientist, body)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("SAVED"))
			.andExpect(jsonPath("$.item.answer.status").value("MET"))
			.andExpect(jsonPath("$.item.answer.links[0]").value("https://wiki.example.com/team"))
			.andExpect(jsonPath("$.item.answer.answeredBy").value("scientist"))
			.andExpect(jsonPath("$.item.version").value(0));
		// The same answer sent again (a retry) stores nothing twice.
		send(itemId, scientist, body)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("ALREADY_SAVED"));
		assertThat(count("checklist_answer_change")).isEqualTo(1);

		Map<String, Object> stale = answer("NOT_MET", -1);
		send(itemId, lead, stale)
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.detail", containsString("seenVersion: 0")))
			.andExpect(jsonPath("$.current.answer.status").value("MET"))
			.andExpect(jsonPath("$.current.version").value(0));
		stale.put("seenVersion", 0);
		send(itemId, lead, stale)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("SAVED"))
			.andExpect(jsonPath("$.item.answer.status").value("NOT_MET"))
			.andExpect(jsonPath("$.item.answer.answeredBy").value("lead"))
			.andExpect(jsonPath("$.item.version").value(1));
		mvc.perform(get(checklist()).with(bearer(leadReadOnly)))
			.andExpect(jsonPath("$.canWork").value(true))
			.andExpect(jsonPath("$.checklists[?(@.kind == 'MECHANISM_CONDITIONS')].items[?(@.itemId == " + itemId
					+ ")].answer.status").value(hasItem("NOT_MET")));
		assertThat(count("checklist_answer_change")).isEqualTo(2);
	}

	@Test
	void badAnswersAndPeopleWhoMayNotAnswerStoreNothing() throws Exception {
		long condition = itemId("MECHANISM_CONDITIONS", "DEEP_DOMAIN_KNOWLEDGE");
		send(condition, executive, answer("MET", -1)).andExpect(status().isForbidden());
		send(condition, otherLead, answer("MET", -1))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("lead")));
		send(condition, leadReadOnly, answer("MET", -1)).andExpect(status().isForbidden());
		Map<String, Object> noVersion = answer("MET", -1);
		noVersion.remove("seenVersion");
		send(condition, scientist, noVersion)
			.andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.detail", containsString("seenVersion")));
		Map<String, Object> notApplicable = answer("NOT_APPLICABLE", -1);
		notApplicable.put("notApplicableReason", "We buy the model");
		send(condition, scientist, notApplicable)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message", containsString("never")));
		Map<String, Object> badLink = answer("MET", -1);
		badLink.put("links", "javascript:alert(1)");
		badLink.put("note", "x".repeat(2001));
		send(condition, scientist, badLink)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("links")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("note")));
		Map<String, Object> unknownStatus = answer("MOSTLY", -1);
		send(condition, scientist, unknownStatus)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		long laterStage = jdbc.queryForObject("select min(ti.id) from checklist_template_item ti join checklist_template t"
				+ " on t.id = ti.template_id where t.current and t.kind = 'STAGE_READINESS' and ti.group_key = 'PRIVACY_POLICY'",
				Long.class);
		send(laterStage, scientist, answer("MET", -1))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("does not apply yet")));
		mvc.perform(put("/api/v1/initiatives/" + initiativeId + "/checklist/items/999999999/answer").with(bearer(scientist))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(answer("MET", -1))))
			.andExpect(status().isNotFound());
		assertThat(count("checklist_answer")).isZero();
		assertThat(count("checklist_answer_change")).isZero();
		mvc.perform(get("/api/v1/initiatives/999999999/checklist").with(bearer(lead))).andExpect(status().isNotFound());
	}

	private Map<String, Object> answer(String status, long seenVersion) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status);
		body.put("note", "Two data scientists with forecasting experience.");
		body.put("links", "https://wiki.example.com/team");
		body.put("seenVersion", seenVersion);
		return body;
	}

	private String checklist() {
		return "/api/v1/initiatives/" + initiativeId + "/checklist";
	}

	private ResultActions send(long itemId, String token, Map<String, Object> body) throws Exception {
		return mvc.perform(put(checklist() + "/items/" + itemId + "/answer").with(bearer(token))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
	}

	private long itemId(String kind, String key) {
		return jdbc.queryForObject("select ti.id from checklist_template_item ti join checklist_template t "
				+ "on t.id = ti.template_id where t.current and t.kind = ? and ti.item_key = ?", Long.class, kind, key);
	}

	/** Rows of this test's initiative. */
	private long count(String table) {
		String where = table.equals("checklist_answer") ? "initiative_id = ?"
				: "answer_id in (select id from checklist_answer where initiative_id = ?)";
		return jdbc.queryForObject("select count(*) from " + table + " where " + where, Long.class, initiativeId);
	}
}
