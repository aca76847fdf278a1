package io.cyclewise.checklist.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistFacts;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.MechanismFit;
import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.initiative.internal.InitiativeForm;

import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.MechanismType;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.support.Api;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.Registry;
import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.cyclewise.support.Users.ADMIN;
import static io.cyclewise.support.Users.AS_LEAD;
import static io.cyclewise.support.Users.EXECUTIVE;
import static io.cyclewise.support.Users.SCIENTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSIS 2022 value-creation study's COVID-19 case, full stack: a sudden shock puts an autonomous agent's "stable
 * environment" to reassess and the fit suggests the shift back to augmentation; answering again clears it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ShockReassessFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	InitiativeService initiatives;

	@Autowired
	BusinessUnits businessUnits;

	@Autowired
	Registry registry;

	@Autowired
	Clock clock;

	@Autowired
	ChecklistFacts facts;

	@Autowired
	ChecklistAnswerRepository answers;

	@Autowired
	ChecklistAnswerChangeRepository answerChanges;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalAccessTokens tokens;

	@Test
	void aSuddenShockPutsStableEnvironmentToReassessAndSuggestsTheShiftUntilAnsweredAgain() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		BusinessUnitSummary unit = businessUnits.add("Shock unit " + suffix, null);
		long agent = register("Shock agent " + suffix, ValueCreationMechanism.PROCESS_AUTOMATION, unit);
		long augmentation = register("Shock augmentation " + suffix,
				ValueCreationMechanism.LOW_DISCRETION_TASK_AUGMENTATION, unit);
		for (NecessaryCondition condition : NecessaryCondition.values()) {
			answer(agent, condition, "MET", -1, "note", "Demand has been steady for years.").andExpect(status().isOk());
			if (condition.isRequiredFor(ValueCreationMechanism.LOW_DISCRETION_TASK_AUGMENTATION)
					|| condition == NecessaryCondition.STABLE_ENVIRONMENT) {
				answer(augmentation, condition, "MET", -1).andExpect(status().isOk());
			}
		}
		assertThat(facts.fit(agent).fits()).isTrue();
		ChecklistAnswer before = stableEnvironment(agent);
		int historyBefore = answerChanges.findByAnswerIdOrderByChangedAtDescIdDesc(before.getId()).size();

		// A task-context change, or a gradual change answered by retraining, does nothing to the condition.
		recordEvent("DATA_MISMATCH", "Data drift " + suffix, unit);
		recordEvent("GRADUAL_CHANGE", "New reporting standard " + suffix, unit);
		assertThat(stableEnvironment(agent).isToReassess()).isFalse();
		assertThat(facts.fit(agent).mismatch()).isFalse();

		recordEvent("SUDDEN_SHOCK", "Pandemic lockdown " + suffix, unit);
		ChecklistAnswer marked = stableEnvironment(agent);
		assertThat(marked.isToReassess()).isTrue();
		assertThat(marked.getReassessSince()).isEqualTo(LocalDate.now(clock));
		assertThat(marked.getReassessReason()).isEqualTo("Pandemic lockdown " + suffix);
		assertThat(marked.getStatus()).isEqualTo(AnswerStatus.MET);
		assertThat(marked.getNote()).isEqualTo("Demand has been steady for years.");
		assertThat(marked.getChangedBy()).isEqualTo("scientist");
		assertThat(answerChanges.findByAnswerIdOrderByChangedAtDescIdDesc(marked.getId())).hasSize(historyBefore + 1);
		mvc.perform(get("/initiatives/" + agent + "/checklists/answers/" + marked.getId() + "/history")
			.header("HX-Request", "true").with(EXECUTIVE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("To reassess: Pandemic lockdown " + suffix)));

		MechanismFit fit = facts.fit(agent);
		assertThat(fit.mismatch()).isTrue();
		assertThat(fit.missing()).containsExactly(NecessaryCondition.STABLE_ENVIRONMENT);
		assertThat(fit.toReassess()).containsExactly(NecessaryCondition.STABLE_ENVIRONMENT);
		assertThat(fit.supportedType()).isEqualTo(MechanismType.TASK_AUGMENTATION);
		assertThat(fit.shiftSuggested()).isTrue();
		mvc.perform(get("/initiatives/" + agent + "/checklists").with(EXECUTIVE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("To reassess</strong> since <span>" + LocalDate.now(clock) + "</span>")))
			.andExpect(content().string(containsString("Pandemic lockdown " + suffix)))
			.andExpect(content().string(containsString("Mechanism–condition mismatch")));
		mvc.perform(get("/initiatives/" + agent + "/checklists/summary").with(EXECUTIVE).header("HX-Request", "true"))
			.andExpect(content().string(containsString("Consider shifting to <strong>2b Task augmentation, low discretion</strong>")))
			.andExpect(content().string(containsString("/initiatives/" + agent + "/checklists#shift")));
		String stableEnvironmentItem = "$.checklists[?(@.kind == 'MECHANISM_CONDITIONS')].items[?(@.itemKey == 'STABLE_ENVIRONMENT')].answer";
		mvc.perform(get("/api/v1/initiatives/" + agent + "/checklist")
				.with(Api.bearer(Api.token(tokens, "scientist", TokenAccess.READ_ONLY))))
			.andExpect(status().isOk())
			.andExpect(jsonPath(stableEnvironmentItem + ".reassessReason").value(hasItem("Pandemic lockdown " + suffix)))
			.andExpect(jsonPath(stableEnvironmentItem + ".reassessSince").value(hasItem(LocalDate.now(clock).toString())))
			.andExpect(jsonPath(stableEnvironmentItem + ".status").value(hasItem("MET")));
		// The risk engine's mismatch flag followed in the background.
		assertThat(jdbc.queryForObject("select count(*) from risk_flag where initiative_id = ? and rule = 'MECHANISM_CONDITION_MISMATCH' "
				+ "and cleared_at is null", Long.class, agent)).isEqualTo(1);

		// The initiatives list's "unmet necessary condition" filter agrees with the fit.
		mvc.perform(get("/initiatives").param("only", "unmet-condition").param("size", "100").with(EXECUTIVE))
			.andExpect(content().string(containsString("Shock agent " + suffix)))
			.andExpect(content().string(not(containsString("Shock augmentation " + suffix))));

		// The augmentation initiative does not need a stable environment: untouched.
		assertThat(stableEnvironment(augmentation).isToReassess()).isFalse();
		assertThat(facts.fit(augmentation).shiftSuggested()).isFalse();

		int historyMarked = answerChanges.findByAnswerIdOrderByChangedAtDescIdDesc(marked.getId()).size();

		// Confirming the answer unchanged is the reassessment: it is stored and clears the mark.
		answer(agent, NecessaryCondition.STABLE_ENVIRONMENT, "MET", marked.getVersion(), "note",
				"Demand has been steady for years.").andExpect(status().isOk());
		ChecklistAnswer reassessed = stableEnvironment(agent);
		assertThat(reassessed.isToReassess()).isFalse();
		assertThat(reassessed.getReassessReason()).isNull();
		assertThat(answerChanges.findByAnswerIdOrderByChangedAtDescIdDesc(marked.getId())).hasSize(historyMarked + 1);
		assertThat(facts.fit(agent).fits()).isTrue();
		mvc.perform(get("/initiatives/" + agent + "/checklists").with(EXECUTIVE))
			.andExpect(content().string(not(containsString("To reassess</strong>"))))
			.andExpect(content().string(not(containsString("Consider shifting to"))));
	}

	private void recordEvent(String kind, String title, BusinessUnitSummary unit) throws Exception {
		mvc.perform(post("/events").with(ADMIN).with(csrf()).param("kind", kind).param("title", title)
			.param("description", "Something changed.").param("occurredOn", LocalDate.now(clock).toString())
			.param("scope", "BUSINESS_UNITS").param("businessUnitIds", String.valueOf(unit.id()))
			.param("submissionId", UUID.randomUUID().toString()))
			.andExpect(status().is3xxRedirection());
		BackgroundWork.awaitDone(jdbc);
	}

	private ChecklistAnswer stableEnvironment(long initiativeId) {
		return answers.findByInitiativeIdAndKindAndItemKey(initiativeId, ChecklistKind.MECHANISM_CONDITIONS,
				NecessaryCondition.STABLE_ENVIRONMENT.name()).orElseThrow();
	}

	private ResultActions answer(long id, NecessaryCondition condition, String status, long seenVersion,
			String... extra) throws Exception {
		long itemId = jdbc.queryForObject("select ti.id from checklist_template_item ti join checklist_template t "
				+ "on t.id = ti.template_id where t.current and t.kind = 'MECHANISM_CONDITIONS' and ti.item_key = ?",
				Long.class, condition.name());
		var request = post("/initiatives/" + id + "/checklists/items/" + itemId).with(SCIENTIST).with(csrf())
			.header("HX-Request", "true").param("status", status).param("seenVersion", String.valueOf(seenVersion));
		for (int i = 0; i + 1 < extra.length; i += 2) {
			request.param(extra[i], extra[i + 1]);
		}
		return mvc.perform(request);
	}

	private long register(String name, ValueCreationMechanism mechanism, BusinessUnitSummary unit) {
		long id = registry.initiative(name).purpose("A test subject for the shock reassessment.").businessUnit(unit.id())
			.userContexts("Region North").mechanism(mechanism).by(AS_LEAD).id();
		BackgroundWork.awaitDone(jdbc);
		return id;
	}
}
