package io.cyclewise.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import io.cyclewise.checklist.AnswerInput;
import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.ChecklistService;
import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.Initiative;
import io.cyclewise.initiative.InitiativeForm;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.OrganizationCycleState;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.initiative.UserCycleState;
import io.cyclewise.organization.BusinessUnit;
import io.cyclewise.organization.BusinessUnitRepository;
import io.cyclewise.risk.rule.ConditionsNotAssessedRule;
import io.cyclewise.risk.rule.ExternalEnvironmentChangeRule;
import io.cyclewise.risk.rule.TaskContextDriftRule;
import io.cyclewise.signal.AcknowledgementForm;
import io.cyclewise.signal.AcknowledgementOutcome;
import io.cyclewise.signal.ContextChangeKind;
import io.cyclewise.signal.ContextEventForm;
import io.cyclewise.signal.ContextEventService;
import io.cyclewise.signal.DataCheckForm;
import io.cyclewise.signal.DataCheckResult;
import io.cyclewise.signal.MeasurementService;
import io.cyclewise.signal.ScopeKind;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A scenario through the real services on PostgreSQL: an external shock on a business unit flags exactly its
 * initiatives (critical where the model runs on live data) until each lead acknowledges it and, for "retrained", a
 * data check dated after the shock shows it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RiskScenarioTest {

	/** The portal's clock: the dates the engine compares with. */
	@Autowired
	Clock clock;

	@Autowired
	InitiativeService initiatives;

	@Autowired
	BusinessUnitRepository businessUnits;

	@Autowired
	UserDirectory users;

	@Autowired
	ContextEventService events;

	@Autowired
	MeasurementService measurements;

	@Autowired
	RiskFlagService flags;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ChecklistService checklists;

	private final CurrentUser lead = new CurrentUser("lead", EnumSet.of(Role.PROJECT_LEAD));
	private final CurrentUser admin = new CurrentUser("admin", EnumSet.of(Role.ADMIN));
	private final CurrentUser scientist = new CurrentUser("scientist", EnumSet.of(Role.DATA_SCIENTIST));

	@Test
	void anExternalShockFlagsTheUnitsInitiativesUntilAcknowledged() {
		BusinessUnit unit = businessUnits.save(new BusinessUnit("Scenario unit", null));
		BusinessUnit elsewhere = businessUnits.save(new BusinessUnit("Scenario elsewhere", null));
		Initiative live = register("Scenario live model", unit, true);
		Initiative early = register("Scenario early idea", unit, false);
		Initiative other = register("Scenario other unit", elsewhere, true);
		checkData(live, LocalDate.now(clock).minusDays(7));
		checkData(other, LocalDate.now(clock).minusDays(7));
		// Registered live without a data check, the model was flagged for task-context drift; the check cleared it.
		// Registered in operation with its necessary conditions unassessed, it had an info flag; assessing cleared it.
		assertThat(flagsOf(live)).extracting(RiskFlagView::rule, RiskFlagView::open)
			.containsExactlyInAnyOrder(tuple(TaskContextDriftRule.KEY, false),
					tuple(ConditionsNotAssessedRule.KEY, false));
		assertThat(openFlags(live)).isEmpty();
		assertThat(openFlags(early)).isEmpty();
		assertThat(openFlags(other)).isEmpty();

		ContextEventForm shock = ContextEventForm.blank(LocalDate.now(clock), ScopeKind.BUSINESS_UNITS);
		shock.setKind(ContextChangeKind.SUDDEN_SHOCK);
		shock.setTitle("Regional lockdown");
		shock.setDescription("Stores closed overnight; demand patterns changed.");
		shock.setBusinessUnitIds(List.of(unit.getId()));
		shock.setSubmissionId(UUID.randomUUID());
		long event = events.record(shock, admin);

		assertThat(openFlags(live)).extracting(f -> f.flag().getRule(), f -> f.flag().getSeverity())
			.containsExactly(tuple(ExternalEnvironmentChangeRule.KEY, Severity.CRITICAL));
		assertThat(openFlags(live).get(0).flag().getExplanation()).contains("Regional lockdown", "not acknowledged");
		assertThat(openFlags(early)).extracting(f -> f.flag().getRule(), f -> f.flag().getSeverity())
			.containsExactly(tuple(ExternalEnvironmentChangeRule.KEY, Severity.WARNING));
		assertThat(openFlags(other)).isEmpty();

		// Acknowledged as retrained, the flag stays until an observation or data check dated on or after the shock.
		AcknowledgementForm acknowledgement = new AcknowledgementForm();
		acknowledgement.setOutcome(AcknowledgementOutcome.RETRAINED_OR_RECALIBRATED);
		acknowledgement.setResponse("Retrained on post-lockdown data.");
		acknowledgement.setVersion(events.impact(live.getId(), event).getVersion());
		events.acknowledge(live.getId(), event, acknowledgement, lead);
		assertThat(openFlags(live)).singleElement().satisfies(f -> {
			assertThat(f.flag().getRule()).isEqualTo(ExternalEnvironmentChangeRule.KEY);
			assertThat(f.flag().getExplanation()).contains("Regional lockdown", "acknowledged by lead as retrained",
					"no observation or data check dated on or after " + LocalDate.now(clock));
		});

		checkData(live, LocalDate.now(clock));
		assertThat(openFlags(live)).isEmpty();
		assertThat(flagsOf(live)).filteredOn(f -> f.rule().equals(ExternalEnvironmentChangeRule.KEY))
			.singleElement().satisfies(f -> {
			assertThat(f.open()).isFalse();
			assertThat(f.flag().getClearedAt()).isNotNull();
		});
		assertThat(openFlags(early)).hasSize(1);
	}

	private List<RiskFlagView> openFlags(Initiative initiative) {
		return flagsOf(initiative).stream().filter(RiskFlagView::open).toList();
	}

	/** After the background work that the last change started. */
	private List<RiskFlagView> flagsOf(Initiative initiative) {
		BackgroundWork.awaitDone(jdbc);
		return flags.flagsOf(initiative.getId());
	}

	private void checkData(Initiative initiative, LocalDate on) {
		DataCheckForm check = DataCheckForm.blank(on, "Sam Scientist");
		check.setMethod("Population stability index per feature");
		check.setResult(DataCheckResult.CONSISTENT);
		check.setSubmissionId(UUID.randomUUID());
		measurements.recordDataCheck(initiative.getId(), check, scientist);
	}

	/**
	 * Cycles at similar paces, no expectations; a live one has its necessary conditions assessed: nothing to flag
	 * until the context changes.
	 */
	private Initiative register(String name, BusinessUnit unit, boolean live) {
		LocalDate today = LocalDate.now(clock);
		InitiativeForm form = InitiativeForm.blank(users.findByUsername("lead").orElseThrow().getId(), today);
		form.setName(name);
		form.setPurpose("Scenario.");
		form.setBusinessUnitId(unit.getId());
		form.setOrganizationPaceDays(30);
		form.setTechnologyPaceDays(14);
		form.setUserPaceDays(30);
		if (live) {
			form.setAlignmentPhase(AlignmentPhase.SUSTAINING);
			form.setLifecycleStage(LifecycleStage.IN_OPERATION);
			form.setOrganizationState(OrganizationCycleState.ESTABLISHED);
			form.setTechnologyState(TechnologyCycleState.DEPLOYED);
			form.setUserState(UserCycleState.ROUTINIZED);
		}
		Initiative registered = initiatives.register(form, lead);
		// Flags as registered, before anything else happens (changes made before the worker comes round coalesce).
		BackgroundWork.awaitDone(jdbc);
		if (live) {
			// Past requirements analysis the mechanism's necessary conditions must be assessed, or an info flag stays.
			for (NecessaryCondition condition : NecessaryCondition.requiredFor(form.getMechanism())) {
				checklists.answerCurrent(registered.getId(), ChecklistKind.MECHANISM_CONDITIONS, condition.name(),
						new AnswerInput(AnswerStatus.MET, null, "Assessed for the scenario.", List.of()), lead);
			}
			BackgroundWork.awaitDone(jdbc);
		}
		return registered;
	}
}
