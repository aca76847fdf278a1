package io.cyclewise.scenario;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cyclewise.organization.entity.BusinessUnit;
import io.cyclewise.organization.internal.BusinessUnitRepository;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.MappedEndpoints;
import io.cyclewise.user.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import static io.cyclewise.support.Users.EXECUTIVE;
import static io.cyclewise.support.Users.LEAD;
import static io.cyclewise.support.Users.RISK_OFFICER;
import static io.cyclewise.support.Users.SCIENTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The COVID-like scenario of the value-creation study, end to end through the pages' own endpoints on real PostgreSQL:
 * an autonomous agent running in Sustaining Alignment on a stable environment is "broken overnight" by a sudden
 * external shock; the portal links the shock, raises the context-change flag, puts "stable environment" to reassess and
 * suggests the shift back to augmentation; the lead answers it by returning to Effectuating, the mechanism shifts left,
 * and moving forward again goes through a phase gate a risk officer decides. The walk-through for people is
 * docs/scenario-covid.md.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CovidScenarioTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	LocalDate today;

	/**
	 * Observations before the shock, the shock, and the review that answered it. The return review is dated today,
	 * like the gate request that follows it: it still does not count as a review of the Effectuating phase.
	 */
	LocalDate beforeShock;

	LocalDate shock;

	LocalDate returnReview;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BusinessUnitRepository businessUnits;

	@Autowired
	UserDirectory users;

	@BeforeEach
	void dates() {
		today = LocalDate.now(clock);
		beforeShock = today.minusDays(20);
		shock = today.minusDays(14);
		returnReview = today;
	}

	@Test
	void aSuddenShockBreaksAnAutonomousAgentWhichReturnsToAugmentationAndMovesForwardThroughAGate() throws Exception {
		BackgroundWork.awaitDone(jdbc);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		BusinessUnit unit = businessUnits.save(new BusinessUnit("Retail planning " + suffix, null));
		String name = "Replenishment agent " + suffix;

		// 1. Setup: an autonomous agent (process automation needs a stable environment) in operation, in Sustaining,
		// every necessary condition met with evidence, live observations before the shock.
		long agent = register(name, unit);
		long sibling = register("Markdown pricing agent " + suffix, unit);
		for (long id : List.of(agent, sibling)) {
			for (String condition : conditions()) {
				mvc.perform(answer(id, condition, "MET", -1))
					.andExpect(page(200));
			}
		}
		BackgroundWork.awaitDone(jdbc);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM checklist_answer WHERE initiative_id = ?"
				+ " AND kind = 'MECHANISM_CONDITIONS' AND status = 'MET'", Long.class, agent)).isEqualTo(conditions().size());
		for (int day = 0; day < 3; day++) {
			mvc.perform(observation(agent, beforeShock.plusDays(day), "0.9" + day)).andExpect(page(302));
		}
		BackgroundWork.awaitDone(jdbc);
		assertThat(openFlags(agent, "MECHANISM_CONDITION_MISMATCH")).isZero();
		mvc.perform(get("/initiatives/" + agent + "/checklists").with(EXECUTIVE))
			.andExpect(page(200, name)).andExpect(absent("Consider shifting to", "To reassess"));

		// 2. The shock: the lead records a sudden external shock for the business unit.
		long event = recordShock(unit, "Pandemic lockdown " + suffix);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM context_event_impact WHERE event_id = ? AND initiative_id = ?"
				+ " AND acknowledged_at IS NULL", Long.class, event, agent)).isEqualTo(1);
		assertThat(openFlags(agent, "EXTERNAL_ENVIRONMENT_CHANGE")).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT severity FROM risk_flag WHERE initiative_id = ? AND cleared_at IS NULL"
				+ " AND rule = 'EXTERNAL_ENVIRONMENT_CHANGE'", String.class, agent)).isEqualTo("CRITICAL");
		assertThat(jdbc.queryForObject("SELECT reassess_reason FROM checklist_answer WHERE initiative_id = ?"
				+ " AND kind = 'MECHANISM_CONDITIONS' AND item_key = 'STABLE_ENVIRONMENT' AND reassess_since IS NOT NULL",
				String.class, agent)).isEqualTo("Pandemic lockdown " + suffix);
		assertThat(openFlags(agent, "MECHANISM_CONDITION_MISMATCH")).isEqualTo(1);
		mvc.perform(get("/initiatives/" + agent + "/signals").with(EXECUTIVE)).andExpect(page(200, "Pandemic lockdown " + suffix));
		mvc.perform(get("/initiatives/" + agent + "/flags").with(EXECUTIVE))
			.andExpect(page(200, "Pandemic lockdown " + suffix, "is not acknowledged yet", "the model runs on live data"));
		mvc.perform(get("/initiatives/" + agent + "/checklists").with(EXECUTIVE))
			.andExpect(page(200, "To reassess", "Pandemic lockdown " + suffix, "Mechanism–condition mismatch"));
		mvc.perform(get("/initiatives/" + agent + "/checklists/summary").with(EXECUTIVE).header("HX-Request", "true"))
			.andExpect(page(200, "Consider shifting to 2b Task augmentation, low discretion"));
		mvc.perform(get("/initiatives/" + agent + "/timeline").with(EXECUTIVE)).andExpect(page(200, "Pandemic lockdown " + suffix));

		// The scientist reassesses: the environment is not stable any more. The mark clears, the mismatch stays.
		long stableVersion = jdbc.queryForObject("SELECT version FROM checklist_answer WHERE initiative_id = ?"
				+ " AND kind = 'MECHANISM_CONDITIONS' AND item_key = 'STABLE_ENVIRONMENT'", Long.class, agent);
		mvc.perform(answer(agent, "STABLE_ENVIRONMENT", "NOT_MET", stableVersion)
			.param("note", "Lockdown: store demand changes weekly.")).andExpect(page(200));
		BackgroundWork.awaitDone(jdbc);
		assertThat(jdbc.queryForObject("SELECT status || ' ' || (reassess_since IS NULL) FROM checklist_answer"
				+ " WHERE initiative_id = ? AND kind = 'MECHANISM_CONDITIONS' AND item_key = 'STABLE_ENVIRONMENT'",
				String.class, agent)).isEqualTo("NOT_MET true");
		assertThat(openFlags(agent, "MECHANISM_CONDITION_MISMATCH")).isEqualTo(1);

		// 3. Acknowledgements without substance: "ok" as no impact is refused and stores nothing; "retrained" without
		// an observation or data check after the shock is stored but leaves the flag open, saying what is missing.
		Map<String, Long> before = MappedEndpoints.rowCounts(jdbc);
		mvc.perform(acknowledge(agent, event, "NO_IMPACT", "ok"))
			.andExpect(page(200, "Say why the change has no impact on this initiative"));
		mvc.perform(acknowledge(agent, event, "NO_IMPACT", "No impact, the agent only orders stock.").with(SCIENTIST))
			.andExpect(page(403));
		assertThat(MappedEndpoints.rowCounts(jdbc)).isEqualTo(before);
		long siblingEvent = event;
		mvc.perform(acknowledge(sibling, siblingEvent, "RETRAINED_OR_RECALIBRATED", "Retrained on the lockdown data."))
			.andExpect(page(302));
		BackgroundWork.awaitDone(jdbc);
		assertThat(openFlags(sibling, "EXTERNAL_ENVIRONMENT_CHANGE")).isEqualTo(1);
		mvc.perform(get("/initiatives/" + sibling + "/flags").with(EXECUTIVE))
			.andExpect(page(200, "acknowledged by lead as retrained, but no observation or data check dated on or after " + shock));
		// Its evidence, an observation after the shock, clears the sibling's flag.
		mvc.perform(observation(sibling, today, "0.81")).andExpect(page(302));
		BackgroundWork.awaitDone(jdbc);
		assertThat(openFlags(sibling, "EXTERNAL_ENVIRONMENT_CHANGE")).isZero();

		// 4. The lead returns the agent to Effectuating: the acknowledgement names the outcome (flag still open until
		// its evidence exists), the review that returns the initiative is that evidence.
		mvc.perform(acknowledge(agent, event, "RETURNED_TO_EARLIER_PHASE",
				"Demand is unpredictable; people decide again while we rebuild.")).andExpect(page(302));
		BackgroundWork.awaitDone(jdbc);
		assertThat(openFlags(agent, "EXTERNAL_ENVIRONMENT_CHANGE")).isEqualTo(1);
		mvc.perform(get("/initiatives/" + agent + "/flags").with(EXECUTIVE))
			.andExpect(page(200, "returned to an earlier phase, but no review dated on or after " + shock));
		mvc.perform(review(agent, returnReview, "RETURN_TO_EARLIER_PHASE", "EFFECTUATING",
				"Pandemic lockdown: demand no longer stable.")).andExpect(page(302));
		BackgroundWork.awaitDone(jdbc);
		assertThat(phase(agent)).isEqualTo("EFFECTUATING");
		assertThat(openFlags(agent, "EXTERNAL_ENVIRONMENT_CHANGE")).isZero();
		assertThat(jdbc.queryForObject("SELECT from_value || ' → ' || to_value || ': ' || reason FROM initiative_change"
				+ " WHERE initiative_id = ? AND aspect = 'ALIGNMENT_PHASE' ORDER BY id DESC LIMIT 1", String.class, agent))
			.isEqualTo("SUSTAINING → EFFECTUATING: Review of " + returnReview + ": Pandemic lockdown: demand no longer stable.");
		mvc.perform(get("/initiatives/" + agent + "/timeline").with(EXECUTIVE))
			.andExpect(page(200, "Review: Return to an earlier alignment phase"));
		mvc.perform(get("/initiatives/" + agent).with(EXECUTIVE))
			.andExpect(page(200, "Review of " + returnReview + ": Pandemic lockdown: demand no longer stable."));

		// 5. The mechanism shifts left, to augmentation, caused externally by the lost stable environment.
		mvc.perform(post("/initiatives/" + agent + "/checklists/shift").with(LEAD).with(csrf())
			.param("from", "PROCESS_AUTOMATION").param("to", "LOW_DISCRETION_TASK_AUGMENTATION")
			.param("reason", "CONDITION_LOST").param("triggeringCondition", "STABLE_ENVIRONMENT").param("cause", "EXTERNAL")
			.param("initiator", "DATA_SCIENTISTS").param("explanation", "Pandemic lockdown " + suffix + ": back to augmentation."))
			.andExpect(page(302));
		BackgroundWork.awaitDone(jdbc);
		assertThat(jdbc.queryForObject("SELECT from_mechanism || ' → ' || to_mechanism || ' ' || reason || ' '"
				+ " || triggering_condition || ' ' || cause || ' ' || explanation FROM mechanism_shift WHERE initiative_id = ?",
				String.class, agent)).isEqualTo("PROCESS_AUTOMATION → LOW_DISCRETION_TASK_AUGMENTATION CONDITION_LOST"
						+ " STABLE_ENVIRONMENT EXTERNAL Pandemic lockdown " + suffix + ": back to augmentation.");
		assertThat(openFlags(agent, "MECHANISM_CONDITION_MISMATCH")).isZero();
		mvc.perform(get("/initiatives/" + agent + "/checklists").with(EXECUTIVE))
			.andExpect(page(200, "Pandemic lockdown " + suffix + ": back to augmentation."))
			.andExpect(absent("Consider shifting to"));

		// 6. Forward again needs a gate: the form refuses, the gate needs a review since entering Effectuating, the
		// lead cannot decide, the risk officer approves.
		Map<String, String> form = initiativeForm(agent);
		form.put("alignmentPhase", "SUSTAINING");
		before = MappedEndpoints.rowCounts(jdbc);
		mvc.perform(post("/initiatives/" + agent).with(LEAD).with(csrf()).params(params(form)))
			.andExpect(page(200, "Moving forward needs a gate decision"));
		mvc.perform(post("/initiatives/" + agent + "/gates").with(LEAD).with(csrf()).param("kind", "PHASE"))
			.andExpect(page(200, "Record a review first"));
		assertThat(MappedEndpoints.rowCounts(jdbc)).isEqualTo(before);
		assertThat(phase(agent)).isEqualTo("EFFECTUATING");

		mvc.perform(review(agent, today, "CONTINUE", null, null)).andExpect(page(302));
		BackgroundWork.awaitDone(jdbc);
		long request = requested(mvc.perform(post("/initiatives/" + agent + "/gates").with(LEAD).with(csrf())
			.param("kind", "PHASE").param("note", "Augmentation is stable with people deciding.")).andExpect(page(302)).andReturn());
		BackgroundWork.awaitDone(jdbc);
		assertThat(jdbc.queryForList("SELECT recipient FROM notification WHERE kind = 'GATE_WAITING' AND subject_key = ?"
				+ " ORDER BY recipient", String.class, "gate:" + request)).containsExactly("admin", "risk");
		mvc.perform(get("/gates").with(RISK_OFFICER)).andExpect(page(200, name, "Decide"));
		before = MappedEndpoints.rowCounts(jdbc);
		mvc.perform(decide(request, LEAD, "APPROVED", "I would like this approved.")).andExpect(page(403));
		assertThat(MappedEndpoints.rowCounts(jdbc)).isEqualTo(before);
		mvc.perform(decide(request, RISK_OFFICER, "APPROVED", "Augmentation holds after the shock; approved.")).andExpect(page(302));
		BackgroundWork.awaitDone(jdbc);
		assertThat(phase(agent)).isEqualTo("SUSTAINING");
		assertThat(jdbc.queryForObject("SELECT status || ' ' || decided_by FROM gate_request WHERE id = ?", String.class,
				request)).isEqualTo("APPROVED risk");
		assertThat(jdbc.queryForList("SELECT reason FROM initiative_change WHERE initiative_id = ? AND aspect = 'GATE_DECISION'"
				+ " ORDER BY id", String.class, agent)).hasSize(2).last().asString()
			.contains("Approved by Rita Risk Officer");
		assertThat(jdbc.queryForList("SELECT reason FROM initiative_change WHERE initiative_id = ? AND aspect = 'GATE_DECISION'"
				+ " ORDER BY id", String.class, agent).get(0)).contains("Requested by Lena Lead");
		mvc.perform(get("/gates/" + request).with(EXECUTIVE))
			.andExpect(page(200, "Approved", "Augmentation is stable with people deciding."));
		mvc.perform(get("/initiatives/" + agent + "/timeline").with(EXECUTIVE))
			.andExpect(page(200, "Gate decision", "Approved by Rita Risk Officer: Augmentation holds after the shock; approved."));
		assertThat(jdbc.queryForObject("SELECT title FROM notification WHERE recipient = 'lead' AND kind = 'GATE_DECIDED'"
				+ " AND subject_key = ?", String.class, "gate:" + request)).isEqualTo("Phase gate approved: " + name);

		// 7. The incident goes into the findings register, linked to the shock.
		MvcResult recorded = mvc.perform(post("/initiatives/" + agent + "/findings").with(LEAD).with(csrf())
			.param("title", "Agent broke in the lockdown")
			.param("description", "Orders from the agent were far off once demand changed overnight.")
			.param("severity", "CRITICAL").param("observedOn", shock.toString())
			.param("ownerId", String.valueOf(users.findByUsername("lead").orElseThrow().getId()))
			.param("eventIds", String.valueOf(event))).andExpect(page(302)).andReturn();
		String findingPage = recorded.getResponse().getRedirectedUrl();
		long finding = Long.parseLong(findingPage.substring(findingPage.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForList("SELECT event_id FROM finding_event_link WHERE finding_id = ?", Long.class, finding))
			.containsExactly(event);
		mvc.perform(get(findingPage).with(EXECUTIVE)).andExpect(page(200, "Agent broke in the lockdown", "Pandemic lockdown " + suffix));
	}

	private List<String> conditions() {
		return jdbc.queryForList("SELECT ti.item_key FROM checklist_template_item ti JOIN checklist_template t"
				+ " ON t.id = ti.template_id WHERE t.current AND t.kind = 'MECHANISM_CONDITIONS' ORDER BY ti.position", String.class);
	}

	private long register(String name, BusinessUnit unit) throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("purpose", "Orders stock for the stores without a planner in the loop.");
		form.put("businessUnitId", String.valueOf(unit.getId()));
		form.put("leadId", String.valueOf(users.findByUsername("lead").orElseThrow().getId()));
		form.put("userContexts", "Store replenishment");
		form.put("alignmentPhase", "SUSTAINING");
		form.put("lifecycleStage", "IN_OPERATION");
		form.put("mechanism", "PROCESS_AUTOMATION");
		for (String cycle : List.of("organization", "technology", "user")) {
			form.put(cycle + "Since", beforeShock.minusDays(30).toString());
			form.put(cycle + "PaceDays", "30");
		}
		form.put("organizationState", "ESTABLISHED");
		form.put("technologyState", "DEPLOYED");
		form.put("userState", "ADOPTING");
		MvcResult created = mvc.perform(post("/initiatives").with(LEAD).with(csrf()).params(params(form)))
			.andExpect(page(302)).andReturn();
		BackgroundWork.awaitDone(jdbc);
		String location = created.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** The edit form as the page fills it for the initiative's current state. */
	private Map<String, String> initiativeForm(long id) {
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM initiative WHERE id = ?", id);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", (String) row.get("name"));
		form.put("purpose", (String) row.get("purpose"));
		form.put("businessUnitId", String.valueOf(row.get("business_unit_id")));
		form.put("leadId", String.valueOf(row.get("lead_id")));
		form.put("userContexts", "Store replenishment");
		form.put("alignmentPhase", (String) row.get("alignment_phase"));
		form.put("lifecycleStage", (String) row.get("lifecycle_stage"));
		form.put("mechanism", (String) row.get("mechanism"));
		for (String cycle : List.of("organization", "technology", "user")) {
			form.put(cycle + "State", (String) row.get(cycle + "_state"));
			form.put(cycle + "Since", String.valueOf(row.get(cycle + "_since")));
			form.put(cycle + "PaceDays", String.valueOf(row.get(cycle + "_pace_days")));
		}
		form.put("changeReason", "Augmentation works again.");
		form.put("version", String.valueOf(row.get("version")));
		return form;
	}

	private MockHttpServletRequestBuilder answer(long id, String condition, String status, long seenVersion) {
		long itemId = jdbc.queryForObject("SELECT ti.id FROM checklist_template_item ti JOIN checklist_template t"
				+ " ON t.id = ti.template_id WHERE t.current AND t.kind = 'MECHANISM_CONDITIONS' AND ti.item_key = ?",
				Long.class, condition);
		return post("/initiatives/" + id + "/checklists/items/" + itemId).with(SCIENTIST).with(csrf())
			.header("HX-Request", "true").param("status", status).param("seenVersion", String.valueOf(seenVersion))
			.param("note", "Demand has been steady for years; checked with the planners.");
	}

	private MockHttpServletRequestBuilder observation(long id, LocalDate on, String value) {
		return post("/initiatives/" + id + "/observations").with(SCIENTIST).with(csrf()).param("metric", "Forecast accuracy")
			.param("value", value).param("higherIsBetter", "true").param("userContext", "Store replenishment")
			.param("source", "OPERATIONAL").param("observedOn", on.toString())
			.param("submissionId", UUID.randomUUID().toString());
	}

	private long recordShock(BusinessUnit unit, String title) throws Exception {
		MvcResult result = mvc.perform(post("/events").with(LEAD).with(csrf()).param("kind", "SUDDEN_SHOCK")
			.param("title", title).param("description", "Stores close overnight; demand moves online.")
			.param("occurredOn", shock.toString()).param("scope", "BUSINESS_UNITS")
			.param("businessUnitIds", unit.getId().toString()).param("submissionId", UUID.randomUUID().toString()))
			.andExpect(page(302)).andReturn();
		BackgroundWork.awaitDone(jdbc);
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockHttpServletRequestBuilder acknowledge(long id, long event, String outcome, String response) {
		Long version = jdbc.queryForObject("SELECT version FROM context_event_impact WHERE event_id = ? AND initiative_id = ?",
				Long.class, event, id);
		return post("/initiatives/" + id + "/events/" + event + "/acknowledge").with(LEAD).with(csrf())
			.param("outcome", outcome).param("response", response).param("version", String.valueOf(version));
	}

	private MockHttpServletRequestBuilder review(long id, LocalDate on, String outcome, String returnToPhase,
			String returnReason) {
		Long version = jdbc.queryForObject("SELECT version FROM initiative WHERE id = ?", Long.class, id);
		MockHttpServletRequestBuilder request = post("/initiatives/" + id + "/reviews").with(LEAD).with(csrf())
			.param("reviewedOn", on.toString()).param("participants", "Lena Lead, Sam Scientist, store planners")
			.param("outcome", outcome).param("decisions", "Planners decide orders with the model's proposals.")
			.param("initiativeVersion", String.valueOf(version)).param("submissionId", UUID.randomUUID().toString());
		if (returnToPhase != null) {
			request.param("returnToPhase", returnToPhase).param("returnReason", returnReason);
		}
		return request;
	}

	private MockHttpServletRequestBuilder decide(long requestId, RequestPostProcessor who, String decision, String comment) {
		Long version = jdbc.queryForObject("SELECT version FROM gate_request WHERE id = ?", Long.class, requestId);
		return post("/gates/" + requestId + "/decision").with(who).with(csrf()).param("decision", decision)
			.param("comment", comment).param("version", String.valueOf(version));
	}

	private static long requested(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/gates/\\d+");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long openFlags(long id, String rule) {
		return jdbc.queryForObject("SELECT count(*) FROM risk_flag WHERE initiative_id = ? AND rule = ? AND cleared_at IS NULL",
				Long.class, id, rule);
	}

	private String phase(long id) {
		return jdbc.queryForObject("SELECT alignment_phase FROM initiative WHERE id = ?", String.class, id);
	}

	private static MultiValueMap<String, String> params(Map<String, String> form) {
		LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		form.forEach(params::add);
		return params;
	}

	/** The page as a person reads it: tags removed, entities resolved, white space collapsed. */
	private static String text(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString().replaceAll("<[^>]*>", " "))
			.replaceAll("\\s+", " ");
	}

	/** The status, and each text in the page as a person reads it (302: any redirection). */
	private static ResultMatcher page(int status, String... texts) {
		return result -> {
			String body = text(result);
			if (status == 302) {
				assertThat(result.getResponse().getStatus()).as(body).isBetween(300, 399);
			}
			else {
				assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
			}
			for (String text : texts) {
				assertThat(body).contains(text);
			}
		};
	}

	private static ResultMatcher absent(String... texts) {
		return result -> {
			String body = text(result);
			for (String text : texts) {
				assertThat(body).doesNotContain(text);
			}
		};
	}
}
