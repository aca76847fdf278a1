package io.cyclewise.gate.internal;

import java.util.List;
import java.util.Map;

import io.cyclewise.checklist.AnswerInput;
import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.ChecklistService;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.support.Api;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.MappedEndpoints;
import io.cyclewise.support.Registry;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static io.cyclewise.support.Users.AS_LEAD;
import static io.cyclewise.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Gates through the API with real tokens: the pages' rules, problem details for bad input, 403 and 409 refusals. */
@SpringBootTest
@AutoConfigureMockMvc
class GateApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	InitiativeService initiatives;

	@Autowired
	ChecklistService checklists;

	@Autowired
	Registry registry;

	String lead;

	String otherLead;

	String risk;

	String riskReadOnly;

	String executive;

	@BeforeEach
	void tokens() {
		lead = Api.token(tokens, "lead", TokenAccess.READ_WRITE);
		otherLead = Api.token(tokens, "lead2", TokenAccess.READ_WRITE);
		risk = Api.token(tokens, "risk", TokenAccess.READ_WRITE);
		riskReadOnly = Api.token(tokens, "risk", TokenAccess.READ_ONLY);
		executive = Api.token(tokens, "executive", TokenAccess.READ_WRITE);
	}

	@Test
	void requestDecideAndRefuseThroughTheApi() throws Exception {
		BackgroundWork.awaitDone(jdbc);
		long id = register("Gate API subject");
		for (String key : List.of("RA_OUTCOMES_DOCUMENTED", "RA_MINIMUM_TARGETS", "RA_CLIENT_EXPECTATIONS",
				"RA_SCOPE_CHANGES_LOGGED", "RA_DATA_FEASIBILITY")) {
			checklists.answerCurrent(id, ChecklistKind.STAGE_READINESS, key,
					new AnswerInput(AnswerStatus.MET, null, "Documented in the wiki.", List.of()), AS_LEAD);
		}
		checklists.answerCurrent(id, ChecklistKind.STAGE_READINESS, "RA_MINIMUM_TARGETS",
				new AnswerInput(AnswerStatus.PARTLY_MET, null, "Only accuracy has a target.", List.of()), AS_LEAD);
		BackgroundWork.awaitDone(jdbc);
		long targets = jdbc.queryForObject("SELECT ti.id FROM checklist_template_item ti JOIN checklist_template t"
				+ " ON t.id = ti.template_id WHERE t.current AND ti.item_key = 'RA_MINIMUM_TARGETS'", Long.class);
		String path = "/api/v1/initiatives/" + id + "/gate-requests";

		// Bad input: 400 with every field error, 403 for who may not, nothing stored.
		Map<String, Long> before = MappedEndpoints.rowCounts(jdbc);
		mvc.perform(json(post(path), lead, Map.of("kind", "STAGE")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("waivers"))
			.andExpect(jsonPath("$.errors[0].message", containsString("give a reason to waive it")));
		mvc.perform(json(post(path), lead, Map.of("kind", "STAGE", "target", "USER_ACCEPTANCE_TESTING",
				"waivers", List.of(Map.of("itemId", targets, "reason", "short")))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'target')].message").value(hasItem(containsString("is not the next stage"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'waivers[0].reason')].message")
				.value(hasItem(containsString("at least 10 characters"))));
		mvc.perform(json(post(path), lead, Map.of("kind", "SIDEWAYS"))).andExpect(status().isBadRequest());
		mvc.perform(json(post(path), lead, Map.of())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(json(post(path), otherLead, Map.of("kind", "STAGE"))).andExpect(status().isForbidden());
		mvc.perform(json(post(path), risk, Map.of("kind", "STAGE"))).andExpect(status().isForbidden());
		assertThat(MappedEndpoints.rowCounts(jdbc)).isEqualTo(before);

		String location = mvc.perform(json(post(path), lead, Map.of("kind", "STAGE", "target", "DATA_MANAGEMENT",
				"note", "Targets for latency follow.",
				"waivers", List.of(Map.of("itemId", targets, "reason", "Latency target follows with the pilot.")))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.checks.length()").value(5))
			.andExpect(jsonPath("$.checks[1].status").value("PARTLY_MET"))
			.andExpect(jsonPath("$.checks[1].waiverReason").value("Latency target follows with the pilot."))
			.andReturn().getResponse().getHeader("Location");
		assertThat(location).matches("/api/v1/gate-requests/\\d+");
		mvc.perform(get("/api/v1/gate-requests").param("status", "PENDING").with(bearer(riskReadOnly)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.initiativeName == 'Gate API subject')].toLabel").value("Data management"));
		mvc.perform(get("/api/v1/gate-requests").param("status", "MAYBE").with(bearer(riskReadOnly)))
			.andExpect(status().isBadRequest());
		long version = jdbc.queryForObject("SELECT version FROM gate_request WHERE id = ?", Long.class,
				Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));

		// Deciding: only risk officers and admins, a comment, the request's version; a read-only token may not.
		BackgroundWork.awaitDone(jdbc); // the request's notifications are made after it committed
		before = MappedEndpoints.rowCounts(jdbc);
		mvc.perform(json(post(location + "/decision"), lead, decision("APPROVED", "Please approve it.", version)))
			.andExpect(status().isForbidden());
		mvc.perform(json(post(location + "/decision"), executive, decision("APPROVED", "Please approve it.", version)))
			.andExpect(status().isForbidden());
		mvc.perform(json(post(location + "/decision"), riskReadOnly, decision("APPROVED", "Looks fine, approved.", version)))
			.andExpect(status().isForbidden());
		mvc.perform(json(post(location + "/decision"), risk, decision("APPROVED", "ok", version)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		mvc.perform(json(post(location + "/decision"), risk, decision("APPROVED", "Looks fine, approved.", version + 1)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("open it again")));
		mvc.perform(json(post(location + "/withdraw"), otherLead, Map.of())).andExpect(status().isForbidden());
		assertThat(MappedEndpoints.rowCounts(jdbc)).isEqualTo(before);

		mvc.perform(json(post(location + "/decision"), risk, decision("APPROVED", "Latency waiver accepted.", version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy").value("risk"));
		assertThat(initiatives.get(id).lifecycleStage()).isEqualTo(LifecycleStage.DATA_MANAGEMENT);
		mvc.perform(json(post(location + "/withdraw"), lead, Map.of()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("approved already")));
		mvc.perform(get("/api/v1/gate-requests/0").with(bearer(riskReadOnly))).andExpect(status().isNotFound());

		// An administrator's own request: another decider must decide it; after an edit it is stale (409, nothing stored).
		String admin = Api.token(tokens, "admin", TokenAccess.READ_WRITE);
		List<Map<String, Object>> waivers = jdbc.queryForList("SELECT ti.id FROM checklist_template_item ti JOIN"
				+ " checklist_template t ON t.id = ti.template_id WHERE t.current AND t.kind = 'MECHANISM_CONDITIONS'"
				+ " AND ti.group_key = 'KNOWLEDGE_CREATION' ORDER BY ti.position", Long.class).stream()
			.map(item -> Map.<String, Object>of("itemId", item, "reason", "Assessed with the team next week.")).toList();
		String phase = mvc.perform(json(post(path), admin, Map.of("kind", "PHASE", "waivers", waivers)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.toLabel").value("Effectuating Alignment"))
			.andReturn().getResponse().getHeader("Location");
		long phaseVersion = 0;
		BackgroundWork.awaitDone(jdbc);
		before = MappedEndpoints.rowCounts(jdbc);
		mvc.perform(json(post(phase + "/decision"), admin, decision("APPROVED", "My own request, approved.", phaseVersion)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("You requested this gate; another risk officer or administrator must decide."));
		assertThat(MappedEndpoints.rowCounts(jdbc)).isEqualTo(before);
		registry.change(id, edit -> edit.purpose("A test initiative for the gate API, now with a pilot."), AS_LEAD);
		BackgroundWork.awaitDone(jdbc);
		before = MappedEndpoints.rowCounts(jdbc);
		mvc.perform(json(post(phase + "/decision"), risk, decision("APPROVED", "Conditions waived, approved.", phaseVersion)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("The initiative changed since the request")));
		assertThat(MappedEndpoints.rowCounts(jdbc)).isEqualTo(before);
		assertThat(initiatives.get(id).alignmentPhase()).isEqualTo(AlignmentPhase.REINITIATING);
		mvc.perform(json(post(phase + "/decision"), risk, decision("REJECTED", "Stale: renew after the edit.", phaseVersion)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
	}

	private long register(String name) {
		long id = registry.initiative(name).purpose("A test initiative for the gate API.").userContexts("Gate API testers")
			.mechanism(ValueCreationMechanism.KNOWLEDGE_CREATION).alignmentPhase(AlignmentPhase.REINITIATING).by(AS_LEAD)
			.id();
		BackgroundWork.awaitDone(jdbc);
		return id;
	}

	private static Map<String, Object> decision(String decision, String comment, long version) {
		return Map.of("decision", decision, "comment", comment, "version", version);
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String token, Object body)
			throws Exception {
		return request.with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
	}
}
