package io.cyclewise.checklist.internal;

import java.util.List;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.checklist.AlignmentPracticeItems;
import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistChanged;
import io.cyclewise.checklist.ChecklistCompletion;
import io.cyclewise.checklist.ChecklistFacts;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.CompletionByMechanism;
import io.cyclewise.checklist.MechanismFit;
import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.checklist.OpenChecklistItem;
import io.cyclewise.checklist.ShiftCause;
import io.cyclewise.checklist.ShiftInitiator;
import io.cyclewise.initiative.Aspect;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.MechanismType;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.organization.internal.BusinessUnitRepository;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.user.CurrentUser;

import io.cyclewise.support.Registry;
import io.cyclewise.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.cyclewise.support.Users.ADMIN;
import static io.cyclewise.support.Users.AS_LEAD;
import static io.cyclewise.support.Users.EXECUTIVE;
import static io.cyclewise.support.Users.LEAD;
import static io.cyclewise.support.Users.OTHER_LEAD;
import static io.cyclewise.support.Users.SCIENTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Full stack on real PostgreSQL with the demo portfolio: templates, answers, stale updates, fit, shifts, roles, bad input. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ChecklistFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	InitiativeService initiatives;

	@Autowired
	Registry registry;

	@Autowired
	ChecklistFacts facts;

	@Autowired
	ChecklistAnswerRepository answers;

	@Autowired
	ChecklistAnswerChangeRepository answerChanges;

	@Autowired
	MechanismShiftRepository shifts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void checklistsApplyByMechanismAndStageAndFollowTheirChangesKeepingAnswers() throws Exception {
		long id = register("Applicability subject", ValueCreationMechanism.KNOWLEDGE_CREATION);
		assertThat(facts.completion(id)).extracting(ChecklistCompletion::label).containsExactly("0/2", "0/15", "0/5", "0/16");

		mvc.perform(get("/initiatives/" + id + "/checklists").with(EXECUTIVE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Value creation mechanisms of ML (JSIS 2022)")))
			.andExpect(content().string(containsString("The ML-based capability alignment study")))
			.andExpect(content().string(containsString("Papineni &amp; Lind (2023)")))
			.andExpect(content().string(containsString("Hopf, Müller, Shollo &amp; Thiess: craft and mechanical work")))
			.andExpect(content().string(not(containsString("seed 00"))))
			.andExpect(content().string(containsString("Not required now")))
			.andExpect(content().string(not(containsString("Save: "))));

		answer(SCIENTIST, id, ChecklistKind.STAGE_READINESS, "DM_DATA_UNDERSTOOD", "MET", -1)
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("it does not apply yet")));

		changeInitiative(id, form -> form.lifecycleStage(LifecycleStage.DATA_MANAGEMENT));
		assertThat(facts.completion(id).get(2).label()).isEqualTo("0/9");
		answer(SCIENTIST, id, ChecklistKind.STAGE_READINESS, "DM_DATA_UNDERSTOOD", "MET", -1).andExpect(status().isOk());
		assertThat(facts.completion(id).get(2).label()).isEqualTo("1/9");

		// Back to requirements analysis: the data-management check no longer applies, its answer stays.
		changeInitiative(id, form -> form.lifecycleStage(LifecycleStage.REQUIREMENTS_ANALYSIS));
		assertThat(facts.completion(id).get(2).label()).isEqualTo("0/5");
		assertThat(answers.findByInitiativeId(id)).singleElement()
			.satisfies(answer -> assertThat(answer.getStatus()).isEqualTo(AnswerStatus.MET));
		mvc.perform(get("/initiatives/" + id + "/checklists").with(SCIENTIST))
			.andExpect(content().string(containsString("Answers kept from earlier")))
			.andExpect(content().string(containsString("The data is understood, validated and cleaned.")));

		events.clear();
		changeInitiative(id, form -> form.mechanism(ValueCreationMechanism.PROCESS_AUTOMATION));
		assertThat(facts.completion(id).get(0).label()).isEqualTo("0/8");
		assertThat(facts.fit(id).required()).hasSize(8);
		assertThat(shifts.findByInitiativeIdOrderByRecordedAtAscIdAsc((long) id)).singleElement().satisfies(shift -> {
			assertThat(shift.getSource()).isEqualTo(MechanismShift.Source.REGISTRY_EDIT);
			assertThat(shift.getFromMechanism()).isEqualTo(ValueCreationMechanism.KNOWLEDGE_CREATION);
			assertThat(shift.getToMechanism()).isEqualTo(ValueCreationMechanism.PROCESS_AUTOMATION);
			assertThat(shift.getShiftedBy()).isEqualTo("lead");
		});
		// The risk engine's rollup followed in the background: the dashboard counts the eight conditions now.
		assertThat(jdbc.queryForObject("SELECT conditions_required FROM risk_rollup WHERE initiative_id = ?", Long.class, id))
			.isEqualTo(8);
	}

	@Test
	void aConditionMarkedNotMetInlineRaisesTheMismatchAndTheListFilter() throws Exception {
		long id = register("Mismatch subject", ValueCreationMechanism.PROCESS_AUTOMATION);
		for (NecessaryCondition condition : NecessaryCondition.values()) {
			answer(SCIENTIST, id, ChecklistKind.MECHANISM_CONDITIONS, condition.name(), "MET", -1).andExpect(status().isOk());
		}
		assertThat(facts.fit(id).fits()).isTrue();
		mvc.perform(get("/initiatives").param("only", "unmet-condition").with(EXECUTIVE))
			.andExpect(content().string(containsString("Has an unmet necessary condition")))
			.andExpect(content().string(not(containsString("Mismatch subject"))));

		events.clear();
		answer(SCIENTIST, id, ChecklistKind.MECHANISM_CONDITIONS, "STABLE_ENVIRONMENT", "NOT_MET", 0)
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Trigger", "checklist-changed"))
			.andExpect(content().string(containsString("Saved.")))
			.andExpect(content().string(containsString("Not met")));
		assertThat(events.stream(ChecklistChanged.class)).containsExactly(new ChecklistChanged(id));

		MechanismFit fit = facts.fit(id);
		assertThat(fit.mismatch()).isTrue();
		assertThat(fit.missing()).containsExactly(NecessaryCondition.STABLE_ENVIRONMENT);
		assertThat(fit.supportedType()).isEqualTo(MechanismType.TASK_AUGMENTATION);
		mvc.perform(get("/initiatives/" + id + "/checklists/fit").with(EXECUTIVE))
			.andExpect(content().string(containsString("Mechanism–condition mismatch")))
			.andExpect(content().string(containsString("Stable environment")))
			.andExpect(content().string(containsString("2b Task augmentation, low discretion")));
		mvc.perform(get("/initiatives").param("only", "unmet-condition").param("size", "100").with(EXECUTIVE))
			.andExpect(content().string(containsString("Mismatch subject")))
			.andExpect(content().string(containsString("Mortgage document robot")))
			.andExpect(content().string(not(containsString("Visual weld inspection"))));

		ChecklistAnswer stored = answers.findByInitiativeIdAndKindAndItemKey(id, ChecklistKind.MECHANISM_CONDITIONS,
				"STABLE_ENVIRONMENT").orElseThrow();
		mvc.perform(get("/initiatives/" + id + "/checklists/answers/" + stored.getId() + "/history").with(EXECUTIVE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not met")))
			.andExpect(content().string(containsString("scientist")));
		assertThat(answerChanges.findByAnswerIdOrderByChangedAtDescIdDesc(stored.getId()))
			.extracting(ChecklistAnswerChange::getStatus).containsExactly(AnswerStatus.NOT_MET, AnswerStatus.MET);
	}

	@Test
	void aStaleUpdateIsRefusedShowingBothVersionsAndStoresNothing() throws Exception {
		long id = register("Stale answer subject", ValueCreationMechanism.KNOWLEDGE_CREATION);
		answer(LEAD, id, ChecklistKind.ALIGNMENT_PRACTICES, "ROLES_ML_TRAINER", "MET", -1, "note", "Two trainers named.")
			.andExpect(status().isOk());

		answer(SCIENTIST, id, ChecklistKind.ALIGNMENT_PRACTICES, "ROLES_ML_TRAINER", "NOT_MET", -1, "note", "My typed evidence")
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Changed by lead meanwhile")))
			.andExpect(content().string(containsString("Their version")))
			.andExpect(content().string(containsString("Two trainers named.")))
			.andExpect(content().string(containsString("Your version")))
			.andExpect(content().string(containsString("My typed evidence")));
		ChecklistAnswer answer = answers.findByInitiativeIdAndKindAndItemKey(id, ChecklistKind.ALIGNMENT_PRACTICES,
				"ROLES_ML_TRAINER").orElseThrow();
		assertThat(answer.getStatus()).isEqualTo(AnswerStatus.MET);
		assertThat(answer.getVersion()).isZero();
		assertThat(answerChanges.findByAnswerIdOrderByChangedAtDescIdDesc(answer.getId())).hasSize(1);

		answer(SCIENTIST, id, ChecklistKind.ALIGNMENT_PRACTICES, "ROLES_ML_TRAINER", "NOT_MET", 0, "note", "My typed evidence")
			.andExpect(status().isOk());
		assertThat(answers.findById(answer.getId()).orElseThrow().getStatus()).isEqualTo(AnswerStatus.NOT_MET);
	}

	@Test
	void aDoubleSubmitStoresTheAnswerOnce() throws Exception {
		long id = register("Double submit subject", ValueCreationMechanism.KNOWLEDGE_CREATION);
		answer(SCIENTIST, id, ChecklistKind.CRAFT_TACTICS, "OPERATION_DRIFT", "PARTLY_MET", -1).andExpect(status().isOk());
		answer(SCIENTIST, id, ChecklistKind.CRAFT_TACTICS, "OPERATION_DRIFT", "PARTLY_MET", -1)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already saved")));
		ChecklistAnswer answer = answers.findByInitiativeId(id).get(0);
		assertThat(answerChanges.findByAnswerIdOrderByChangedAtDescIdDesc(answer.getId())).hasSize(1);
	}

	@Test
	void badInputGetsAnInlineMessageAndStoresNothing() throws Exception {
		long id = register("Bad answer subject", ValueCreationMechanism.HIGH_DISCRETION_TASK_AUGMENTATION);
		answer(SCIENTIST, id, ChecklistKind.ALIGNMENT_PRACTICES, "ROLES_ML_TRAINER", "MAYBE", -1)
			.andExpect(status().is(422)).andExpect(content().string(containsString("Choose one of the offered values")));
		answer(SCIENTIST, id, ChecklistKind.ALIGNMENT_PRACTICES, "ROLES_ML_TRAINER", "NOT_APPLICABLE", -1)
			.andExpect(status().is(422)).andExpect(content().string(containsString("Give the reason why this check does not apply.")));
		answer(SCIENTIST, id, ChecklistKind.MECHANISM_CONDITIONS, "UX_CAPABILITIES", "NOT_APPLICABLE", -1,
				"notApplicableReason", "Internal tool")
			.andExpect(status().is(422)).andExpect(content().string(containsString("never “not applicable”")));
		answer(SCIENTIST, id, ChecklistKind.ALIGNMENT_PRACTICES, "ROLES_ML_TRAINER", "MET", -1, "note", "x".repeat(10_000))
			.andExpect(status().is(422)).andExpect(content().string(containsString("at most 2,000 characters")));
		answer(SCIENTIST, id, ChecklistKind.ALIGNMENT_PRACTICES, "ROLES_ML_TRAINER", "MET", -1, "links", "javascript:alert(1)")
			.andExpect(status().is(422)).andExpect(content().string(containsString("Only web addresses starting with http")));
		mvc.perform(post(itemUrl(id, ChecklistKind.ALIGNMENT_PRACTICES, "ROLES_ML_TRAINER")).with(SCIENTIST).with(csrf())
			.header("HX-Request", "true").param("status", "MET").param("seenVersion", "abc"))
			.andExpect(status().is(422)).andExpect(content().string(containsString("The form is incomplete")));
		// Without htmx: the whole page, the message in the item's row, the typed input kept.
		mvc.perform(post(itemUrl(id, ChecklistKind.ALIGNMENT_PRACTICES, "ROLES_ML_TRAINER")).with(SCIENTIST).with(csrf())
			.param("status", "NOT_APPLICABLE").param("seenVersion", "-1").param("note", "Kept note text"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Necessary-condition checklists")))
			.andExpect(content().string(containsString("Give the reason why this check does not apply.")))
			.andExpect(content().string(containsString("Kept note text")));
		assertThat(answers.findByInitiativeId(id)).isEmpty();

		mvc.perform(post("/initiatives/" + id + "/checklists/items/987654").with(SCIENTIST).with(csrf())
			.param("status", "MET").param("seenVersion", "-1")).andExpect(status().isNotFound());
		mvc.perform(post("/initiatives/" + id + "/checklists/items/nope").with(SCIENTIST).with(csrf())
			.param("status", "MET").param("seenVersion", "-1")).andExpect(status().isBadRequest());
		mvc.perform(post(itemUrl(987654, ChecklistKind.ALIGNMENT_PRACTICES, "ROLES_ML_TRAINER")).with(SCIENTIST).with(csrf())
			.param("status", "MET").param("seenVersion", "-1")).andExpect(status().isNotFound());

		// An answer of another initiative is not reachable through this one.
		long other = register("Other initiative subject", ValueCreationMechanism.KNOWLEDGE_CREATION);
		answer(SCIENTIST, other, ChecklistKind.CRAFT_TACTICS, "OPERATION_MLOPS", "MET", -1).andExpect(status().isOk());
		long otherAnswer = answers.findByInitiativeId(other).get(0).getId();
		mvc.perform(get("/initiatives/" + id + "/checklists/answers/" + otherAnswer + "/history").with(SCIENTIST))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyDataScientistsTheInitiativesLeadAndAdministratorsWorkChecklists() throws Exception {
		long id = register("Role answer subject", ValueCreationMechanism.KNOWLEDGE_CREATION);
		answer(EXECUTIVE, id, ChecklistKind.CRAFT_TACTICS, "OPERATION_DRIFT", "MET", -1).andExpect(status().isForbidden());
		answer(OTHER_LEAD, id, ChecklistKind.CRAFT_TACTICS, "OPERATION_DRIFT", "MET", -1).andExpect(status().isForbidden());
		mvc.perform(post(itemUrl(id, ChecklistKind.CRAFT_TACTICS, "OPERATION_DRIFT")).with(SCIENTIST)
			.param("status", "MET").param("seenVersion", "-1")).andExpect(status().isForbidden());
		assertThat(answers.findByInitiativeId(id)).isEmpty();
		answer(LEAD, id, ChecklistKind.CRAFT_TACTICS, "OPERATION_DRIFT", "MET", -1).andExpect(status().isOk());
		answer(ADMIN, id, ChecklistKind.CRAFT_TACTICS, "OPERATION_MLOPS", "MET", -1).andExpect(status().isOk());
		mvc.perform(get("/initiatives/" + id + "/checklists").with(EXECUTIVE)).andExpect(status().isOk());
	}

	@Test
	void aLeadShiftsTheMechanismWithAReasonAndTheTrajectoryShowsIt() throws Exception {
		long id = register("Shift subject", ValueCreationMechanism.PROCESS_AUTOMATION);
		events.clear();
		mvc.perform(shift(LEAD, id, "PROCESS_AUTOMATION", "KNOWLEDGE_CREATION", "CONDITION_LOST", "STABLE_ENVIRONMENT")
			.param("explanation", "Consumer behaviour became unstable."))
			.andExpect(status().is3xxRedirection());
		assertThat(initiatives.get(id).mechanism()).isEqualTo(ValueCreationMechanism.KNOWLEDGE_CREATION);
		assertThat(initiatives.history(id)).filteredOn(change -> change.aspect() == Aspect.MECHANISM).singleElement()
			.satisfies(change -> {
				assertThat(change.fromValue()).isEqualTo("PROCESS_AUTOMATION");
				assertThat(change.toValue()).isEqualTo("KNOWLEDGE_CREATION");
				assertThat(change.reason()).startsWith("Condition lost: Stable environment (external cause")
					.contains("Consumer behaviour became unstable.");
			});
		assertThat(events.stream(ChecklistChanged.class)).contains(new ChecklistChanged(id));

		mvc.perform(shift(LEAD, id, "KNOWLEDGE_CREATION", "HIGH_DISCRETION_TASK_AUGMENTATION", "CONDITION_MET",
				"MATURE_DATA_INFRASTRUCTURE")).andExpect(status().is3xxRedirection());
		List<MechanismShift> trajectory = shifts.findByInitiativeIdOrderByRecordedAtAscIdAsc(id);
		assertThat(trajectory).extracting(MechanismShift::getToMechanism).containsExactly(
				ValueCreationMechanism.KNOWLEDGE_CREATION, ValueCreationMechanism.HIGH_DISCRETION_TASK_AUGMENTATION);
		assertThat(trajectory).allSatisfy(shift -> {
			assertThat(shift.getSource()).isEqualTo(MechanismShift.Source.SHIFT_FORM);
			assertThat(shift.getInitiativeChangeId()).isNotNull();
			assertThat(shift.getInitiator()).isEqualTo(ShiftInitiator.DATA_SCIENTISTS);
		});
		assertThat(trajectory.get(0).getCause()).isEqualTo(ShiftCause.EXTERNAL);
		mvc.perform(get("/initiatives/" + id + "/checklists/summary").with(EXECUTIVE))
			.andExpect(content().string(containsString("3a Autonomous agent, process automation")))
			.andExpect(content().string(containsString("1 Knowledge creation")))
			.andExpect(content().string(containsString("2a Task augmentation, high discretion")));

		// Stale (the mechanism is 2a now), forbidden, incomplete or forged: nothing shifts.
		mvc.perform(shift(LEAD, id, "PROCESS_AUTOMATION", "KNOWLEDGE_CREATION", "OTHER", ""))
			.andExpect(status().is(422)).andExpect(content().string(containsString("was changed meanwhile")));
		mvc.perform(shift(SCIENTIST, id, "HIGH_DISCRETION_TASK_AUGMENTATION", "KNOWLEDGE_CREATION", "OTHER", ""))
			.andExpect(status().isForbidden());
		mvc.perform(shift(LEAD, id, "HIGH_DISCRETION_TASK_AUGMENTATION", "KNOWLEDGE_CREATION", "CONDITION_LOST", ""))
			.andExpect(status().is(422)).andExpect(content().string(containsString("Name the condition that was met or lost.")));
		mvc.perform(shift(LEAD, id, "HIGH_DISCRETION_TASK_AUGMENTATION", "KNOWLEDGE_CREATION", "BECAUSE", ""))
			.andExpect(status().is(422)).andExpect(content().string(containsString("Choose one of the offered values.")));
		mvc.perform(shift(LEAD, id, "HIGH_DISCRETION_TASK_AUGMENTATION", "HIGH_DISCRETION_TASK_AUGMENTATION", "OTHER", ""))
			.andExpect(status().is(422)).andExpect(content().string(containsString("other than the current one")));
		assertThat(initiatives.get(id).mechanism()).isEqualTo(ValueCreationMechanism.HIGH_DISCRETION_TASK_AUGMENTATION);
		assertThat(shifts.findByInitiativeIdOrderByRecordedAtAscIdAsc(id)).hasSize(2);
	}

	@Test
	void mechanismShiftsAcrossThePortfolioHaveTheirOwnPage() throws Exception {
		long id = register("Portfolio shift subject", ValueCreationMechanism.PROCESS_AUTOMATION);
		mvc.perform(shift(LEAD, id, "PROCESS_AUTOMATION", "KNOWLEDGE_CREATION", "CONDITION_LOST", "STABLE_ENVIRONMENT")
			.param("explanation", "Demand became erratic.")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/checklists/mechanism-shifts").with(EXECUTIVE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mechanism shifts over time")))
			.andExpect(content().string(containsString("Portfolio shift subject")))
			.andExpect(content().string(containsString("Demand became erratic.")))
			.andExpect(content().string(containsString("back (right to left)")))
			.andExpect(content().string(containsString("/initiatives/" + id + "/checklists")));
	}

	@Test
	void theBoardGroupsItemsWithProgressAndCanShowOnlyOpenItemsWithoutJavaScript() throws Exception {
		long id = initiatives.findByName("Fraud alert triage").orElseThrow().id();
		mvc.perform(get("/initiatives/" + id + "/checklists").with(SCIENTIST))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-group-progress")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*\\d+/\\d+ met</span>.*")))
			.andExpect(content().string(containsString("Show only open items")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("only-open"))))
			// Saved on change with htmx; the Save button stays for browsers without JavaScript.
			.andExpect(content().string(containsString("hx-trigger=\"submit, change\"")))
			.andExpect(content().string(containsString("item-save")));
		mvc.perform(get("/initiatives/" + id + "/checklists").param("open", "true").with(SCIENTIST))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("checklist-board only-open")))
			.andExpect(content().string(containsString("Show all items")))
			.andExpect(content().string(containsString("data-open=\"false\"")))
			.andExpect(content().string(containsString("data-open=\"true\"")));
	}

	@Test
	void theRiskEngineReadsOpenPracticesAndCompletionComputedInSql() {
		long fraud = initiatives.findByName("Fraud alert triage").orElseThrow().id();
		assertThat(facts.openAlignmentPracticeItems(fraud))
			.extracting(OpenChecklistItem::itemKey, OpenChecklistItem::practice, OpenChecklistItem::status)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(AlignmentPracticeItems.ML_TRAINER, AlignmentPractice.FORGING_NEW_ROLES, AnswerStatus.NOT_MET),
					org.assertj.core.groups.Tuple.tuple(AlignmentPracticeItems.CONTINUOUS_DATA_WORK, AlignmentPractice.EMBRACING_DATA_WORK, AnswerStatus.PARTLY_MET));
		assertThat(facts.openAlignmentPracticeItems(fraud)).allMatch(OpenChecklistItem::isNonTechnicalWork);
		long robot = initiatives.findByName("Mortgage document robot").orElseThrow().id();
		assertThat(facts.fit(robot).missing()).containsExactly(NecessaryCondition.INTEGRATION_WITH_TRANSACTIONAL_SYSTEMS);

		// The SQL counts agree with the plain rule applied to each initiative.
		List<CompletionByMechanism> completion = facts.completionByMechanism();
		assertThat(completion).extracting(CompletionByMechanism::mechanism).containsExactly(ValueCreationMechanism.values());
		List<InitiativeSummary> all = initiatives.all();
		for (CompletionByMechanism row : completion) {
			List<InitiativeSummary> ofMechanism = all.stream().filter(i -> i.mechanism() == row.mechanism()).toList();
			assertThat(row.initiatives()).isEqualTo(ofMechanism.size());
			assertThat(row.conditionsRequired())
				.isEqualTo((long) ofMechanism.size() * NecessaryCondition.requiredFor(row.mechanism()).size());
			assertThat(row.conditionsMet()).isEqualTo(ofMechanism.stream().mapToLong(i -> facts.fit(i.id()).met().size()).sum());
			assertThat(row.met()).isEqualTo(ofMechanism.stream()
				.flatMap(i -> facts.completion(i.id()).stream())
				// Completion by mechanism is the papers' checklists; the AI Act obligations are counted apart.
				.filter(c -> c.kind() != ChecklistKind.AI_ACT_OBLIGATIONS).mapToLong(ChecklistCompletion::met).sum());
			assertThat(row.applicable()).isGreaterThanOrEqualTo(row.conditionsRequired());
		}
	}

	@Test
	void anAdministratorPublishesANewTemplateVersionWithoutRewritingPastAnswers() throws Exception {
		long id = register("Template version subject", ValueCreationMechanism.KNOWLEDGE_CREATION);
		long oldItemId = itemId(ChecklistKind.CRAFT_TACTICS, "SCOPING_START_SMALL");
		answer(SCIENTIST, id, ChecklistKind.CRAFT_TACTICS, "SCOPING_START_SMALL", "MET", -1).andExpect(status().isOk());
		String oldText = jdbc.queryForObject("select text from checklist_template_item where id = ?", String.class, oldItemId);

		mvc.perform(get("/admin/checklist-templates/CRAFT_TACTICS").with(LEAD)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/checklist-templates/CRAFT_TACTICS").with(ADMIN)).andExpect(status().isOk());
		mvc.perform(get("/admin/checklist-templates/NO_SUCH_LIST").with(ADMIN)).andExpect(status().isNotFound());
		int version = jdbc.queryForObject("select version from checklist_template where kind = 'CRAFT_TACTICS' and current",
				Integer.class);
		MockHttpServletRequestBuilder edit = templateEdit(version, "SCOPING_START_SMALL", "Start with one small use case, then grow.");
		mvc.perform(edit.param("newGroup", "OPERATION").param("newText", "Retraining is budgeted."))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select version from checklist_template where kind = 'CRAFT_TACTICS' and current",
				Integer.class)).isEqualTo(version + 1);

		ChecklistAnswer answer = answers.findByInitiativeId(id).get(0);
		assertThat(answer.getTemplateItemId()).isEqualTo(oldItemId);
		assertThat(facts.completion(id).get(3).label()).isEqualTo("1/17");
		mvc.perform(get("/initiatives/" + id + "/checklists").with(SCIENTIST))
			.andExpect(content().string(containsString("Start with one small use case, then grow.")))
			.andExpect(content().string(containsString("Answered against an earlier version")))
			.andExpect(content().string(containsString(oldText)))
			.andExpect(content().string(containsString("Retraining is budgeted.")));
		mvc.perform(post("/initiatives/" + id + "/checklists/items/" + oldItemId).with(SCIENTIST).with(csrf())
			.header("HX-Request", "true").param("status", "NOT_MET").param("seenVersion", "0"))
			.andExpect(status().is(422)).andExpect(content().string(containsString("has been replaced")));

		mvc.perform(templateEdit(version, "SCOPING_START_SMALL", "Stale edit"))
			.andExpect(status().is(422)).andExpect(content().string(containsString("was published by admin meanwhile")));
		int conditionsVersion = jdbc.queryForObject(
				"select version from checklist_template where kind = 'MECHANISM_CONDITIONS' and current", Integer.class);
		mvc.perform(conditionsEditAddingAnItem(conditionsVersion))
			.andExpect(status().is(422)).andExpect(content().string(containsString("fixed by the JSIS 2022 value-creation study")));
	}

	@Test
	void theInitiativePageLoadsTheSummaryWithoutDependingOnTheChecklists() throws Exception {
		long id = register("Summary subject", ValueCreationMechanism.KNOWLEDGE_CREATION);
		mvc.perform(get("/initiatives/" + id).with(EXECUTIVE))
			.andExpect(content().string(containsString("hx-get=\"/initiatives/" + id + "/checklists/summary\"")));
		// Nothing answered: 2 conditions, 15 practices, 5 requirements-analysis checks and every tactic are open.
		int tactics = jdbc.queryForObject("select count(*) from checklist_template_item ti join checklist_template t "
				+ "on t.id = ti.template_id where t.current and t.kind = 'CRAFT_TACTICS'", Integer.class);
		mvc.perform(get("/initiatives/" + id + "/checklists/summary").with(EXECUTIVE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Necessary-condition checklists")))
			.andExpect(content().string(containsString("0/2")))
			.andExpect(content().string(containsString((2 + 15 + 5 + tactics) + " open items")))
			.andExpect(content().string(containsString("No mechanism shifts recorded")));
		mvc.perform(get("/initiatives/987654/checklists/summary").with(EXECUTIVE)).andExpect(status().isNotFound());
		mvc.perform(get("/checklists").with(EXECUTIVE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Completion by value-creation mechanism")))
			.andExpect(content().string(not(containsString("/admin/checklist-templates/"))));
	}

	private MockHttpServletRequestBuilder templateEdit(int baseVersion, String rewordKey, String newText) {
		MockHttpServletRequestBuilder request = post("/admin/checklist-templates/CRAFT_TACTICS").with(ADMIN).with(csrf())
			.param("baseVersion", String.valueOf(baseVersion));
		List<java.util.Map<String, Object>> items = jdbc.queryForList("select ti.item_key, ti.text, ti.guidance "
				+ "from checklist_template_item ti join checklist_template t on t.id = ti.template_id "
				+ "where t.kind = 'CRAFT_TACTICS' and t.current order by ti.position");
		for (int i = 0; i < items.size(); i++) {
			String key = (String) items.get(i).get("item_key");
			request.param("items[" + i + "].itemKey", key)
				.param("items[" + i + "].text", key.equals(rewordKey) ? newText : (String) items.get(i).get("text"));
			if (items.get(i).get("guidance") != null) {
				request.param("items[" + i + "].guidance", (String) items.get(i).get("guidance"));
			}
		}
		return request;
	}

	private MockHttpServletRequestBuilder conditionsEditAddingAnItem(int baseVersion) {
		MockHttpServletRequestBuilder request = post("/admin/checklist-templates/MECHANISM_CONDITIONS").with(ADMIN)
			.with(csrf()).param("baseVersion", String.valueOf(baseVersion))
			.param("newGroup", "KNOWLEDGE_CREATION").param("newText", "A ninth condition");
		List<java.util.Map<String, Object>> items = jdbc.queryForList("select ti.item_key, ti.text "
				+ "from checklist_template_item ti join checklist_template t on t.id = ti.template_id "
				+ "where t.kind = 'MECHANISM_CONDITIONS' and t.current order by ti.position");
		for (int i = 0; i < items.size(); i++) {
			request.param("items[" + i + "].itemKey", (String) items.get(i).get("item_key"))
				.param("items[" + i + "].text", (String) items.get(i).get("text"));
		}
		return request;
	}

	private MockHttpServletRequestBuilder shift(RequestPostProcessor who, long id, String from, String to, String reason,
			String condition) {
		return post("/initiatives/" + id + "/checklists/shift").with(who).with(csrf())
			.param("from", from).param("to", to).param("reason", reason).param("triggeringCondition", condition)
			.param("cause", condition.equals("STABLE_ENVIRONMENT") ? "EXTERNAL" : "INTERNAL")
			.param("initiator", "DATA_SCIENTISTS");
	}

	private ResultActions answer(RequestPostProcessor who, long id, ChecklistKind kind, String key, String status,
			long seenVersion, String... extra) throws Exception {
		MockHttpServletRequestBuilder request = post(itemUrl(id, kind, key)).with(who).with(csrf())
			.header("HX-Request", "true").param("status", status).param("seenVersion", String.valueOf(seenVersion));
		for (int i = 0; i + 1 < extra.length; i += 2) {
			request.param(extra[i], extra[i + 1]);
		}
		return mvc.perform(request);
	}

	private String itemUrl(long id, ChecklistKind kind, String key) {
		return "/initiatives/" + id + "/checklists/items/" + itemId(kind, key);
	}

	private long itemId(ChecklistKind kind, String key) {
		return jdbc.queryForObject("select ti.id from checklist_template_item ti join checklist_template t "
				+ "on t.id = ti.template_id where t.current and t.kind = ? and ti.item_key = ?", Long.class, kind.name(), key);
	}

	private long register(String name, ValueCreationMechanism mechanism) {
		long id = registry.initiative(name).purpose("A test subject for the checklists.").userContexts("Region North")
			.mechanism(mechanism).by(AS_LEAD).id();
		BackgroundWork.awaitDone(jdbc);
		return id;
	}

	private void changeInitiative(long id, java.util.function.Consumer<Registry.Edit> change) {
		registry.change(id, change, AS_LEAD);
		BackgroundWork.awaitDone(jdbc);
	}

}
