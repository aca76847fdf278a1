package io.cyclewise.gate.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cyclewise.checklist.AnswerInput;
import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.ChecklistService;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.MappedEndpoints;
import io.cyclewise.support.Registry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.cyclewise.support.Users.ADMIN;
import static io.cyclewise.support.Users.AS_LEAD;
import static io.cyclewise.support.Users.EXECUTIVE;
import static io.cyclewise.support.Users.LEAD;
import static io.cyclewise.support.Users.OTHER_LEAD;
import static io.cyclewise.support.Users.RISK_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Full stack on real PostgreSQL: a lead requests a stage gate with a waiver, a risk officer approves it and the
 * stage moves; self-approval, stale requests, waivers without a reason and Sustaining without a review are refused
 * with a message and store nothing; history and timeline show every step.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GateFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InitiativeService initiatives;

	@Autowired
	ChecklistService checklists;

	@Autowired
	Registry registry;

	@Autowired
	Clock clock;

	@Test
	void aStageGateWithAWaiverIsApprovedByARiskOfficerAndEveryRefusalStoresNothing() throws Exception {
		BackgroundWork.awaitDone(jdbc);
		long id = register("Gate flow subject", AlignmentPhase.REINITIATING);
		for (String key : List.of("RA_OUTCOMES_DOCUMENTED", "RA_MINIMUM_TARGETS", "RA_CLIENT_EXPECTATIONS",
				"RA_SCOPE_CHANGES_LOGGED")) {
			answer(id, ChecklistKind.STAGE_READINESS, key, AnswerStatus.MET);
		}
		answer(id, ChecklistKind.STAGE_READINESS, "RA_DATA_FEASIBILITY", AnswerStatus.NOT_MET);
		long feasibility = itemId(ChecklistKind.STAGE_READINESS, "RA_DATA_FEASIBILITY");

		mvc.perform(get("/initiatives/" + id + "/gates/new").param("kind", "STAGE").with(LEAD))
			.andExpect(page(200, "Data feasibility was confirmed early.", "Not met", "Waivers for the unmet checks",
					"Requirements analysis", "Data management"));
		mvc.perform(get("/initiatives/" + id + "/gates").with(EXECUTIVE))
			.andExpect(page(200, "Stage gate", "next: Data management"));

		// Bad input: a clear message, nothing stored.
		Map<String, Long> before = MappedEndpoints.rowCounts(jdbc);
		mvc.perform(request(id, LEAD, "STAGE", feasibility, "")).andExpect(page(200, "give a reason to waive it"));
		mvc.perform(request(id, LEAD, "STAGE", feasibility, "too short")).andExpect(page(200, "at least 10 characters"));
		mvc.perform(request(id, LEAD, "STAGE", feasibility, "Confirmed with the data owners by phone.")
			.param("target", "BENCHMARKING_METRICS")).andExpect(page(200, "is not the next stage"));
		mvc.perform(request(id, LEAD, "STAGE", 999_999L, "Confirmed with the data owners by phone."))
			.andExpect(page(200, "is not a check of this gate"));
		mvc.perform(request(id, EXECUTIVE, "STAGE", feasibility, "Confirmed with the data owners by phone."))
			.andExpect(page(403));
		mvc.perform(request(id, OTHER_LEAD, "STAGE", feasibility, "Confirmed with the data owners by phone."))
			.andExpect(page(403));
		assertThat(MappedEndpoints.rowCounts(jdbc)).isEqualTo(before);

		// The request: snapshot of the checks with the waiver, one history row.
		long stageRequest = requested(mvc.perform(request(id, LEAD, "STAGE", feasibility,
				"Confirmed with the data owners by phone.").param("note", "Pilot data is ready.")).andReturn()
			.getResponse().getRedirectedUrl());
		// Risk officers and administrators hear of it in their inbox; the requester does not.
		BackgroundWork.awaitDone(jdbc);
		assertThat(jdbc.queryForList("SELECT recipient FROM notification WHERE kind = 'GATE_WAITING' AND subject_key = ?"
				+ " ORDER BY recipient", String.class, "gate:" + stageRequest)).containsExactly("admin", "risk");
		assertThat(jdbc.queryForObject("SELECT title FROM notification WHERE recipient = 'risk' AND subject_key = ?",
				String.class, "gate:" + stageRequest)).isEqualTo("Stage gate requested: Gate flow subject");
		assertThat(jdbc.queryForObject("SELECT status FROM gate_request WHERE id = ?", String.class, stageRequest))
			.isEqualTo("PENDING");
		assertThat(jdbc.queryForList("SELECT status || ':' || coalesce(waiver_reason, '-') FROM gate_request_check"
				+ " WHERE request_id = ? ORDER BY position", String.class, stageRequest))
			.containsExactly("MET:-", "MET:-", "MET:-", "MET:-", "NOT_MET:Confirmed with the data owners by phone.");
		assertThat(gateHistory(id)).singleElement().asString().contains("Requested by Lena Lead", "4 of 5 checks met, 1 waived");
		BackgroundWork.awaitDone(jdbc); // the request's notifications are made after it committed
		before = MappedEndpoints.rowCounts(jdbc);
		mvc.perform(request(id, LEAD, "STAGE", feasibility, "Confirmed with the data owners by phone."))
			.andExpect(page(200, "already pending"));
		assertThat(MappedEndpoints.rowCounts(jdbc)).isEqualTo(before);

		// An administrator requests the phase gate (both conditions waived); deciding one's own request is refused.
		long knowledge = itemId(ChecklistKind.MECHANISM_CONDITIONS, "STRONG_DATA_SCIENCE_CAPABILITIES");
		long domain = itemId(ChecklistKind.MECHANISM_CONDITIONS, "DEEP_DOMAIN_KNOWLEDGE");
		long phaseRequest = requested(mvc.perform(post("/initiatives/" + id + "/gates").with(ADMIN).with(csrf())
			.param("kind", "PHASE").param("waivers[0].itemId", String.valueOf(knowledge))
			.param("waivers[0].reason", "The team has two senior data scientists.")
			.param("waivers[1].itemId", String.valueOf(domain))
			.param("waivers[1].reason", "Domain experts join the weekly review."))
			.andReturn().getResponse().getRedirectedUrl());
		BackgroundWork.awaitDone(jdbc); // the request's notifications are made after it committed
		before = MappedEndpoints.rowCounts(jdbc);
		mvc.perform(decide(phaseRequest, ADMIN, "APPROVED", "Looks fine to me, approved."))
			.andExpect(page(200, "You requested this gate; another risk officer or administrator must decide."));
		mvc.perform(decide(stageRequest, LEAD, "APPROVED", "I would like this approved.")).andExpect(page(403));
		mvc.perform(decide(stageRequest, EXECUTIVE, "APPROVED", "I would like this approved.")).andExpect(page(403));
		mvc.perform(decide(stageRequest, RISK_OFFICER, "APPROVED", "ok")).andExpect(page(200, "at least 10 characters"));
		mvc.perform(decide(stageRequest, RISK_OFFICER, "", "Approved after reading it.")).andExpect(page(200, "Choose the decision"));
		assertThat(MappedEndpoints.rowCounts(jdbc)).isEqualTo(before);
		assertThat(initiatives.get(id).lifecycleStage()).isEqualTo(LifecycleStage.REQUIREMENTS_ANALYSIS);

		// The risk officer approves: the stage moves in the same transaction, with history rows.
		mvc.perform(get("/gates").with(RISK_OFFICER)).andExpect(page(200, "Gate flow subject", "Decide"));
		mvc.perform(decide(stageRequest, RISK_OFFICER, "APPROVED", "Feasibility waiver accepted for the pilot."))
			.andExpect(page(302));
		assertThat(initiatives.get(id).lifecycleStage()).isEqualTo(LifecycleStage.DATA_MANAGEMENT);
		assertThat(jdbc.queryForObject("SELECT status || ' ' || decided_by FROM gate_request WHERE id = ?", String.class,
				stageRequest)).isEqualTo("APPROVED risk");
		BackgroundWork.awaitDone(jdbc);
		assertThat(jdbc.queryForObject("SELECT title || ' | ' || body || ' | ' || link FROM notification"
				+ " WHERE recipient = 'lead' AND kind = 'GATE_DECIDED' AND subject_key = ?", String.class, "gate:" + stageRequest))
			.isEqualTo("Stage gate approved: Gate flow subject | Requirements analysis → Data management — approved by Rita Risk Officer:"
					+ " Feasibility waiver accepted for the pilot. | /gates/" + stageRequest);
		assertThat(jdbc.queryForObject("SELECT changed_by || ' ' || to_value || ' ' || reason FROM initiative_change"
				+ " WHERE initiative_id = ? AND aspect = 'LIFECYCLE_STAGE'", String.class, id))
			.isEqualTo("risk DATA_MANAGEMENT Gate approved by Rita Risk Officer: Feasibility waiver accepted for the pilot.");
		assertThat(gateHistory(id)).hasSize(3).anySatisfy(row -> assertThat(row)
			.contains("Requirements analysis → Data management", "Approved by Rita Risk Officer"));
		mvc.perform(get("/initiatives/" + id + "/timeline").with(EXECUTIVE))
			.andExpect(page(200, "Gate decision", "Approved by Rita Risk Officer: Feasibility waiver accepted for the pilot."));
		mvc.perform(get("/gates/" + stageRequest).with(EXECUTIVE))
			.andExpect(page(200, "Confirmed with the data owners by phone.", "Approved", "Pilot data is ready."));
		BackgroundWork.awaitDone(jdbc); // the request's notifications are made after it committed
		before = MappedEndpoints.rowCounts(jdbc);
		mvc.perform(decide(stageRequest, ADMIN, "REJECTED", "Rejecting it after all.")).andExpect(page(200, "approved already"));

		// The phase request is stale now (the stage moved): approval refused, nothing stored; rejection allowed.
		mvc.perform(decide(phaseRequest, RISK_OFFICER, "APPROVED", "Conditions waived, approved."))
			.andExpect(page(200, "The initiative changed since the request", "The requester must renew it"));
		assertThat(MappedEndpoints.rowCounts(jdbc)).isEqualTo(before);
		assertThat(initiatives.get(id).alignmentPhase()).isEqualTo(AlignmentPhase.REINITIATING);
		mvc.perform(decide(phaseRequest, RISK_OFFICER, "REJECTED", "Stale: please renew the request.")).andExpect(page(302));
		assertThat(jdbc.queryForObject("SELECT status FROM gate_request WHERE id = ?", String.class, phaseRequest))
			.isEqualTo("REJECTED");

		// A check that changed since the snapshot also makes the request stale; the requester withdraws it.
		List<Long> dataItems = jdbc.queryForList("SELECT ti.id FROM checklist_template_item ti JOIN checklist_template t"
				+ " ON t.id = ti.template_id WHERE t.current AND t.kind = 'STAGE_READINESS' AND ti.group_key = 'DATA_MANAGEMENT'"
				+ " ORDER BY ti.position", Long.class);
		MockHttpServletRequestBuilder next = post("/initiatives/" + id + "/gates").with(LEAD).with(csrf()).param("kind", "STAGE");
		for (int index = 0; index < dataItems.size(); index++) {
			next.param("waivers[" + index + "].itemId", String.valueOf(dataItems.get(index)))
				.param("waivers[" + index + "].reason", "Assessed in the next sprint, accepted.");
		}
		long dataRequest = requested(mvc.perform(next).andReturn().getResponse().getRedirectedUrl());
		answer(id, ChecklistKind.STAGE_READINESS, "DM_DATA_UNDERSTOOD", AnswerStatus.MET);
		BackgroundWork.awaitDone(jdbc); // the request's notifications are made after it committed
		before = MappedEndpoints.rowCounts(jdbc);
		mvc.perform(decide(dataRequest, RISK_OFFICER, "APPROVED", "All waived, approved."))
			.andExpect(page(200, "The data is understood, validated and cleaned.”: Not assessed → Met"));
		assertThat(MappedEndpoints.rowCounts(jdbc)).isEqualTo(before);
		mvc.perform(post("/gates/" + dataRequest + "/withdraw").with(OTHER_LEAD).with(csrf())).andExpect(page(403));
		mvc.perform(post("/gates/" + dataRequest + "/withdraw").with(LEAD).with(csrf())).andExpect(page(302));
		assertThat(jdbc.queryForObject("SELECT status FROM gate_request WHERE id = ?", String.class, dataRequest))
			.isEqualTo("WITHDRAWN");
		assertThat(gateHistory(id)).anySatisfy(row -> assertThat(row).contains("Request withdrawn by Lena Lead"));
		assertThat(initiatives.get(id).lifecycleStage()).isEqualTo(LifecycleStage.DATA_MANAGEMENT);
	}

	@Test
	void theDemoPortfolioHasAPendingStageGateThatIsCurrent() throws Exception {
		BackgroundWork.awaitDone(jdbc);
		Long request = jdbc.queryForObject("SELECT min(r.id) FROM gate_request r JOIN initiative i ON i.id = r.initiative_id"
				+ " WHERE i.name = 'Credit limit advisor' AND r.status = 'PENDING'", Long.class);
		assertThat(request).isNotNull();
		mvc.perform(get("/gates/" + request).with(RISK_OFFICER))
			.andExpect(page(200, "User acceptance testing → Privacy policy", "Analysts test after hours only.", "Decide"));
		assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("/gates/" + request).with(RISK_OFFICER))
			.andReturn().getResponse().getContentAsString())).doesNotContain("The initiative changed since the request");
	}

	@Test
	void sustainingNeedsAReviewFirst() throws Exception {
		BackgroundWork.awaitDone(jdbc);
		long id = register("Gate sustaining subject", AlignmentPhase.EFFECTUATING);
		Map<String, Long> before = MappedEndpoints.rowCounts(jdbc);
		mvc.perform(post("/initiatives/" + id + "/gates").with(LEAD).with(csrf()).param("kind", "PHASE"))
			.andExpect(page(200, "Record a review first"));
		mvc.perform(get("/initiatives/" + id + "/gates/new").param("kind", "PHASE").with(LEAD))
			.andExpect(page(200, "No review recorded", "Record a review first"));
		assertThat(MappedEndpoints.rowCounts(jdbc)).isEqualTo(before);

		jdbc.update("INSERT INTO alignment_review (initiative_id, reviewed_on, participants, outcome, decisions,"
				+ " phase_at_review, recorded_at, recorded_by, submission_id) VALUES (?, ?, 'Lena, Sam', 'CONTINUE',"
				+ " 'Keep going.', 'EFFECTUATING', now(), 'lead', ?)", id, LocalDate.now(clock), UUID.randomUUID());
		long request = requested(mvc.perform(post("/initiatives/" + id + "/gates").with(LEAD).with(csrf())
			.param("kind", "PHASE")).andReturn().getResponse().getRedirectedUrl());
		mvc.perform(decide(request, RISK_OFFICER, "APPROVED", "Reviewed and stable, approved.")).andExpect(page(302));
		assertThat(initiatives.get(id).alignmentPhase()).isEqualTo(AlignmentPhase.SUSTAINING);
		mvc.perform(get("/initiatives/" + id + "/gates/new").param("kind", "PHASE").with(LEAD))
			.andExpect(page(200, "already at the last step"));
	}

	@Test
	void aRiskOfficerReviewsNoImpactAcknowledgements() throws Exception {
		BackgroundWork.awaitDone(jdbc);
		Long impact = jdbc.queryForObject("SELECT min(id) FROM context_event_impact WHERE acknowledged_at IS NOT NULL"
				+ " AND coalesce(outcome, 'NO_IMPACT') = 'NO_IMPACT' AND reviewed_at IS NULL", Long.class);
		assertThat(impact).as("the demo portfolio has a no-impact acknowledgement").isNotNull();
		String reason = jdbc.queryForObject("SELECT response FROM context_event_impact WHERE id = ?", String.class, impact);
		mvc.perform(get("/gates").with(RISK_OFFICER)).andExpect(page(200, "No-impact acknowledgements to review", reason));
		mvc.perform(post("/gates/acknowledgements/" + impact + "/reviewed").with(EXECUTIVE).with(csrf())).andExpect(page(403));
		mvc.perform(post("/gates/acknowledgements/" + impact + "/reviewed").with(LEAD).with(csrf())).andExpect(page(403));
		mvc.perform(post("/gates/acknowledgements/" + impact + "/reviewed").with(RISK_OFFICER).with(csrf())).andExpect(page(302));
		assertThat(jdbc.queryForObject("SELECT reviewed_by FROM context_event_impact WHERE id = ?", String.class, impact))
			.isEqualTo("risk");
		mvc.perform(post("/gates/acknowledgements/" + impact + "/reviewed").with(ADMIN).with(csrf())).andExpect(page(302));
		assertThat(jdbc.queryForObject("SELECT reviewed_by FROM context_event_impact WHERE id = ?", String.class, impact))
			.isEqualTo("risk");
	}

	private long register(String name, AlignmentPhase phase) {
		long id = registry.initiative(name).purpose("A test initiative for gates.").userContexts("Gate testers")
			.mechanism(ValueCreationMechanism.KNOWLEDGE_CREATION).alignmentPhase(phase).by(AS_LEAD).id();
		BackgroundWork.awaitDone(jdbc);
		return id;
	}

	private void answer(long id, ChecklistKind kind, String key, AnswerStatus status) {
		checklists.answerCurrent(id, kind, key, new AnswerInput(status, null, "Checked in the test.", List.of()), AS_LEAD);
		BackgroundWork.awaitDone(jdbc);
	}

	private long itemId(ChecklistKind kind, String key) {
		return jdbc.queryForObject("SELECT ti.id FROM checklist_template_item ti JOIN checklist_template t"
				+ " ON t.id = ti.template_id WHERE t.current AND t.kind = ? AND ti.item_key = ?", Long.class, kind.name(), key);
	}

	private List<String> gateHistory(long id) {
		return jdbc.queryForList("SELECT from_value || ' → ' || to_value || ' — ' || reason FROM initiative_change"
				+ " WHERE initiative_id = ? AND aspect = 'GATE_DECISION' ORDER BY id", String.class, id);
	}

	private static MockHttpServletRequestBuilder request(long id, RequestPostProcessor who, String kind, long itemId,
			String reason) {
		return post("/initiatives/" + id + "/gates").with(who).with(csrf()).param("kind", kind)
			.param("waivers[0].itemId", String.valueOf(itemId)).param("waivers[0].reason", reason);
	}

	private MockHttpServletRequestBuilder decide(long requestId, RequestPostProcessor who, String decision, String comment) {
		Long version = jdbc.queryForObject("SELECT version FROM gate_request WHERE id = ?", Long.class, requestId);
		return post("/gates/" + requestId + "/decision").with(who).with(csrf()).param("decision", decision)
			.param("comment", comment).param("version", String.valueOf(version));
	}

	private static long requested(String location) {
		assertThat(location).matches("/gates/\\d+");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static org.springframework.test.web.servlet.ResultMatcher page(int status, String... texts) {
		return result -> {
			assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
			String body = org.springframework.web.util.HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
			for (String text : texts) {
				assertThat(body).contains(text);
			}
		};
	}
}
