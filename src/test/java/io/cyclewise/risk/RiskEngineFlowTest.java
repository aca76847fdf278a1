package io.cyclewise.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.cyclewise.checklist.AnswerInput;
import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.ChecklistService;
import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.internal.InitiativeForm;
import io.cyclewise.initiative.internal.InitiativeRepository;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.risk.internal.RiskRecomputation;
import io.cyclewise.risk.rule.ConditionsNotAssessedRule;
import io.cyclewise.risk.rule.MechanismConditionMismatchRule;
import io.cyclewise.risk.rule.PaceMismatchRule;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.Registry;
import io.cyclewise.support.Users;
import io.cyclewise.user.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Full stack on real PostgreSQL: edits raise and clear flags, leads accept risks, thresholds are validated. */
@SpringBootTest
@AutoConfigureMockMvc
class RiskEngineFlowTest {

	/** The portal's clock: the dates the engine compares with. */
	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	InitiativeService initiatives;

	@Autowired
	InitiativeRepository repository;

	@Autowired
	RiskFlagService flags;

	@Autowired
	RiskThresholdService thresholds;

	@Autowired
	RiskEngine engine;

	@Autowired
	RiskRecomputation recomputation;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ChecklistService checklists;

	@Autowired
	io.cyclewise.user.UserDirectory users;

	@Autowired
	Registry registry;

	@Autowired
	io.cyclewise.organization.BusinessUnits businessUnits;

	private final CurrentUser lead = Users.AS_LEAD;

	@Test
	void aPaceChangeRaisesAndThenClearsAPaceMismatchFlagKeepingItsHistory() {
		InitiativeSummary initiative = initiativeLedByLead("Pace subject");
		assertThat(open(initiative)).noneMatch(f -> f.rule().equals(PaceMismatchRule.KEY));

		InitiativeForm form = InitiativeForm.of(initiatives.get(initiative.id()));
		form.setOrganizationPaceDays(120);
		initiatives.update(initiative.id(), form.toDraft(), lead);
		assertThat(open(initiative)).filteredOn(f -> f.rule().equals(PaceMismatchRule.KEY)).singleElement()
			.satisfies(f -> assertThat(f.flag().getExplanation()).contains("every 14 days", "every 120 days", "4× threshold"));

		form = InitiativeForm.of(initiatives.get(initiative.id()));
		form.setOrganizationPaceDays(28);
		initiatives.update(initiative.id(), form.toDraft(), lead);
		assertThat(open(initiative)).noneMatch(f -> f.rule().equals(PaceMismatchRule.KEY));
		assertThat(flags.flagsOf(initiative.id())).filteredOn(f -> f.rule().equals(PaceMismatchRule.KEY))
			.singleElement().satisfies(f -> assertThat(f.flag().getClearedAt()).isNotNull());
	}

	@Test
	void aLeadAcceptsARiskWhichExecutivesSeeOnTheDashboard() throws Exception {
		InitiativeSummary initiative = initiativeLedByLead("Acceptance subject");
		InitiativeForm form = InitiativeForm.of(initiatives.get(initiative.id()));
		form.setUserPaceDays(365);
		initiatives.update(initiative.id(), form.toDraft(), lead);
		RiskFlagView flag = open(initiative).stream().filter(f -> f.rule().equals(PaceMismatchRule.KEY)).findFirst().orElseThrow();
		String accept = "/initiatives/" + initiative.id() + "/flags/" + flag.flag().getId() + "/accept";

		mvc.perform(post(accept).with(user("lead2").roles("PROJECT_LEAD")).with(csrf())
			.param("reason", "x").param("expiresOn", LocalDate.now(clock).plusDays(30).toString()))
			.andExpect(status().isForbidden());
		mvc.perform(post(accept).with(user("lead").roles("PROJECT_LEAD")).with(csrf()).header("HX-Request", "true")
			.param("reason", "").param("expiresOn", LocalDate.now(clock).minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why the risk is accepted.")))
			.andExpect(content().string(containsString("The expiry date must be in the future.")));
		mvc.perform(post(accept).with(user("lead").roles("PROJECT_LEAD")).with(csrf()).header("HX-Request", "true")
			.param("reason", "Users change their process yearly by design").param("expiresOn", LocalDate.now(clock).plusDays(400).toString()))
			.andExpect(content().string(containsString("Accept a risk for at most a year")));
		assertThat(open(initiative)).noneMatch(RiskFlagView::accepted);

		mvc.perform(post(accept).with(user("lead").roles("PROJECT_LEAD")).with(csrf()).header("HX-Request", "true")
			.param("reason", "Users change their process yearly by design").param("expiresOn", LocalDate.now(clock).plusDays(90).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Accepted risk until")));
		mvc.perform(get("/dashboard").with(user("executive").roles("EXECUTIVE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Users change their process yearly by design")));
		mvc.perform(post("/initiatives/" + initiative.id() + "/flags/987654/accept").with(user("lead").roles("PROJECT_LEAD")).with(csrf())
			.param("reason", "x").param("expiresOn", LocalDate.now(clock).plusDays(3).toString()))
			.andExpect(status().isNotFound());
	}

	@Test
	void thresholdsAreValidatedWhenSetAndShownWithTheRules() throws Exception {
		var admin = user("admin").roles("ADMIN");
		var request = post("/admin/risk-thresholds").with(admin).with(csrf());
		for (Threshold threshold : Threshold.values()) {
			String value = switch (threshold) {
				case PACE_MISMATCH_FACTOR -> "-4";
				case DATA_CHECK_MAX_AGE_DAYS -> "ninety";
				default -> threshold.defaultValue().toPlainString();
			};
			request.param(threshold.name(), value);
		}
		mvc.perform(request).andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was saved")))
			.andExpect(content().string(containsString("Enter a number, e.g. 90.")))
			.andExpect(content().string(containsString("Pace mismatch factor must be between 1.5 and 100")))
			.andExpect(content().string(containsString("value=\"ninety\"")));
		assertThat(thresholds.current().get(Threshold.PACE_MISMATCH_FACTOR)).isEqualTo(4.0);

		mvc.perform(post("/admin/risk-thresholds").with(user("executive").roles("EXECUTIVE")).with(csrf())
			.param(Threshold.PACE_MISMATCH_FACTOR.name(), "2")).andExpect(status().isForbidden());
		mvc.perform(get("/risk/rules").with(user("scientist").roles("DATA_SCIENTIST")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pace mismatch factor")))
			.andExpect(content().string(containsString("Synchronizing efforts")))
			.andExpect(content().string(containsString("defaults, chosen by us.")))
			.andExpect(content().string(containsString("They are not figures from the studies")))
			.andExpect(content().string(containsString("Necessary conditions not assessed")))
			.andExpect(content().string(containsString("once an initiative is past requirements analysis, each condition")));
		mvc.perform(get("/admin/risk-thresholds").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chosen by us, not figures from the studies")));
	}

	@Test
	void theDashboardSurvivesForgedFiltersAndLinksEveryCellToTheList() throws Exception {
		mvc.perform(get("/dashboard").with(user("executive").roles("EXECUTIVE")).param("phase", "<script>")
			.param("businessUnit", "1 OR 1=1").param("mechanism", "SKYNET"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ignored the filter “phase”")))
			.andExpect(content().string(containsString("Ignored the filter “businessUnit”")))
			.andExpect(content().string(not(containsString("<script>\""))))
			.andExpect(content().string(containsString("/initiatives?phase=SUSTAINING&amp;mechanism=KNOWLEDGE_CREATION")));
		mvc.perform(get("/initiatives").with(user("executive").roles("EXECUTIVE")).param("only", "open-flag-temporal-complexity"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Has an open temporal complexity flag")));
	}

	@Test
	void everyWeeklyNumberLinksToTheInitiativesBehindIt() throws Exception {
		var executive = user("executive").roles("EXECUTIVE");
		// The demo backstory clears a drift flag of "Email routing" 8 days ago.
		LocalDate monday = LocalDate.now(clock).minusDays(8).with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
		mvc.perform(get("/dashboard").with(executive))
			.andExpect(content().string(containsString("/initiatives?only=flag-cleared-week-" + monday)));
		mvc.perform(get("/initiatives").with(executive).param("only", "flag-cleared-week-" + monday))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Had a flag cleared in the week of " + monday)))
			.andExpect(content().string(containsString(">Email routing<")))
			.andExpect(content().string(not(containsString(">Scrap root-cause analysis<"))));
		mvc.perform(get("/initiatives").with(executive).param("only", "flag-raised-week-" + monday.plusDays(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ignored the criterion “flag-raised-week-" + monday.plusDays(1))));
		mvc.perform(get("/initiatives").with(executive).param("only", "flag-raised-week-2026-13-40"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ignored the criterion")));
	}

	@Test
	void aLeadOnlySeesTheirOwnInitiativesOnTheDashboard() throws Exception {
		String mine = mvc.perform(get("/dashboard").with(user("lead").roles("PROJECT_LEAD")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(mine).contains("Showing the initiatives you lead.");
		long leadId = users.findByUsername("lead").orElseThrow().getId();
		long ledByLead = repository.findAll().stream().filter(i -> i.getLead().getId().equals(leadId)).count();
		assertThat(mine).containsPattern("display-6 text-decoration-none\" href=\"/initiatives\\?lead=\\d+\">" + ledByLead + "<");
	}

	@Test
	void recomputingEverythingIsIdempotent() {
		recomputation.nightly();
		BackgroundWork.awaitDone(jdbc);
		long before = countAll();
		recomputation.nightly();
		BackgroundWork.awaitDone(jdbc);
		assertThat(countAll()).isEqualTo(before);
	}

	@Test
	void pastRequirementsAnalysisUnassessedConditionsAreAnInfoFlagUntilAnswered() throws Exception {
		InitiativeSummary initiative = registrationLedByLead("Unassessed conditions subject")
			.mechanism(ValueCreationMechanism.HIGH_DISCRETION_TASK_AUGMENTATION).by(lead);
		for (NecessaryCondition condition : List.of(NecessaryCondition.STRONG_DATA_SCIENCE_CAPABILITIES,
				NecessaryCondition.DEEP_DOMAIN_KNOWLEDGE, NecessaryCondition.MATURE_DATA_INFRASTRUCTURE)) {
			answer(initiative, condition, new AnswerInput(AnswerStatus.MET, null, "Assessed.", List.of()));
		}
		// Still in requirements analysis: the conditions may be assessed later.
		assertThat(open(initiative)).noneMatch(f -> f.rule().equals(ConditionsNotAssessedRule.KEY));

		moveTo(initiative, LifecycleStage.DATA_MANAGEMENT);
		assertThat(open(initiative)).filteredOn(f -> f.rule().equals(ConditionsNotAssessedRule.KEY)).singleElement()
			.satisfies(f -> {
				assertThat(f.flag().getSeverity()).isEqualTo(Severity.INFO);
				assertThat(f.flag().getCharacteristic()).isEqualTo(Characteristic.MECHANISM_FIT);
				assertThat(f.flag().getExplanation()).contains("not been assessed: User experience (UX) capabilities, "
						+ "Strong DevOps capabilities.", "Assess them in the value-creation mechanism conditions checklist")
					.doesNotContain("Strong data science capabilities");
			});
		assertRollupMatchesOpenFlags(initiative);
		mvc.perform(get("/initiatives/" + initiative.id() + "/flags").with(user("executive").roles("EXECUTIVE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Necessary conditions not assessed")))
			.andExpect(content().string(containsString("User experience (UX) capabilities, Strong DevOps capabilities")));

		// Back in requirements analysis it clears; forward again it is raised anew.
		moveTo(initiative, LifecycleStage.REQUIREMENTS_ANALYSIS);
		assertThat(open(initiative)).noneMatch(f -> f.rule().equals(ConditionsNotAssessedRule.KEY));
		moveTo(initiative, LifecycleStage.BENCHMARKING_METRICS);
		assertThat(open(initiative)).filteredOn(f -> f.rule().equals(ConditionsNotAssessedRule.KEY)).hasSize(1);

		// Any answer counts as assessed, "not met" too (which the mismatch rule then takes up).
		answer(initiative, NecessaryCondition.UX_CAPABILITIES, new AnswerInput(AnswerStatus.MET, null, "Assessed.", List.of()));
		assertThat(open(initiative)).filteredOn(f -> f.rule().equals(ConditionsNotAssessedRule.KEY)).singleElement()
			.satisfies(f -> assertThat(f.flag().getExplanation()).contains("not been assessed: Strong DevOps capabilities.")
				.doesNotContain("User experience"));
		answer(initiative, NecessaryCondition.STRONG_DEVOPS_CAPABILITIES,
				new AnswerInput(AnswerStatus.NOT_MET, null, "No monitoring yet.", List.of()));
		List<RiskFlagView> open = open(initiative);
		assertThat(open).noneMatch(f -> f.rule().equals(ConditionsNotAssessedRule.KEY));
		assertThat(open).anyMatch(f -> f.rule().equals(MechanismConditionMismatchRule.KEY));
		assertThat(flags.flagsOf(initiative.id())).filteredOn(f -> f.rule().equals(ConditionsNotAssessedRule.KEY))
			.hasSize(2).allSatisfy(f -> assertThat(f.flag().getClearedAt()).isNotNull());
		assertRollupMatchesOpenFlags(initiative);
	}

	private void answer(InitiativeSummary initiative, NecessaryCondition condition, AnswerInput input) {
		checklists.answerCurrent(initiative.id(), ChecklistKind.MECHANISM_CONDITIONS, condition.name(), input, lead);
	}

	private void moveTo(InitiativeSummary initiative, LifecycleStage stage) {
		InitiativeForm form = InitiativeForm.of(initiatives.get(initiative.id()));
		form.setLifecycleStage(stage);
		initiatives.update(initiative.id(), form.toDraft(), lead);
	}

	/** The dashboard's rollup counts the new rule under mechanism fit and info, like the flags themselves. */
	private void assertRollupMatchesOpenFlags(InitiativeSummary initiative) {
		BackgroundWork.awaitDone(jdbc);
		List<RiskFlagView> open = open(initiative);
		var rollup = jdbc.queryForMap("SELECT mechanism_fit_open, info_open, warning_open, critical_open"
				+ " FROM risk_rollup WHERE initiative_id = ?", initiative.id());
		assertThat(((Number) rollup.get("mechanism_fit_open")).longValue())
			.isEqualTo(open.stream().filter(f -> f.flag().getCharacteristic() == Characteristic.MECHANISM_FIT).count());
		assertThat(((Number) rollup.get("info_open")).longValue())
			.isEqualTo(open.stream().filter(f -> f.flag().getSeverity() == Severity.INFO).count());
	}

	private long countAll() {
		return repository.findAllIds().stream().mapToLong(id -> flags.flagsOf(id).size()).sum();
	}

	private List<RiskFlagView> open(InitiativeSummary initiative) {
		BackgroundWork.awaitDone(jdbc);
		return flags.flagsOf(initiative.id()).stream().filter(RiskFlagView::open).toList();
	}

	private InitiativeSummary initiativeLedByLead(String name) {
		return registrationLedByLead(name).by(lead);
	}

	private Registry.Registration registrationLedByLead(String name) {
		return registry.initiative(name).purpose("A test subject.").paces(28, 14, 28);
	}
}
