package io.cyclewise.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cyclewise.checklist.AnswerInput;
import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.ChecklistService;
import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.risk.rule.ConditionsNotAssessedRule;
import io.cyclewise.risk.rule.ExternalEnvironmentChangeRule;
import io.cyclewise.risk.rule.TaskContextDriftRule;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.Registry;
import io.cyclewise.support.Users;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.OrganizationCycleState;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.initiative.UserCycleState;
import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.signal.Acknowledgement;
import io.cyclewise.signal.AcknowledgementOutcome;
import io.cyclewise.signal.ContextChangeKind;
import io.cyclewise.signal.ContextEventService;
import io.cyclewise.signal.DataCheckResult;
import io.cyclewise.signal.EventScope;
import io.cyclewise.signal.NewContextEvent;
import io.cyclewise.signal.NewDataCheck;
import io.cyclewise.signal.MeasurementService;
import io.cyclewise.user.CurrentUser;
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
	BusinessUnits businessUnits;

	@Autowired
	Registry registry;

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

	private final CurrentUser lead = Users.AS_LEAD;
	private final CurrentUser admin = Users.AS_ADMIN;
	private final CurrentUser scientist = Users.AS_SCIENTIST;

	@Test
	void anExternalShockFlagsTheUnitsInitiativesUntilAcknowledged() {
		BusinessUnitSummary unit = businessUnits.add("Scenario unit", null);
		BusinessUnitSummary elsewhere = businessUnits.add("Scenario elsewhere", null);
		InitiativeSummary live = register("Scenario live model", unit, true);
		InitiativeSummary early = register("Scenario early idea", unit, false);
		InitiativeSummary other = register("Scenario other unit", elsewhere, true);
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

		long event = events.record(new NewContextEvent(ContextChangeKind.SUDDEN_SHOCK, "Regional lockdown",
				"Stores closed overnight; demand patterns changed.", LocalDate.now(clock),
				EventScope.businessUnits(List.of(unit.id())), UUID.randomUUID()), admin);

		assertThat(openFlags(live)).extracting(f -> f.flag().getRule(), f -> f.flag().getSeverity())
			.containsExactly(tuple(ExternalEnvironmentChangeRule.KEY, Severity.CRITICAL));
		assertThat(openFlags(live).get(0).flag().getExplanation()).contains("Regional lockdown", "not acknowledged");
		assertThat(openFlags(early)).extracting(f -> f.flag().getRule(), f -> f.flag().getSeverity())
			.containsExactly(tuple(ExternalEnvironmentChangeRule.KEY, Severity.WARNING));
		assertThat(openFlags(other)).isEmpty();

		// Acknowledged as retrained, the flag stays until an observation or data check dated on or after the shock.
		events.acknowledge(live.id(), event, new Acknowledgement(AcknowledgementOutcome.RETRAINED_OR_RECALIBRATED,
				"Retrained on post-lockdown data.", events.impact(live.id(), event).getVersion()), lead);
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

	private List<RiskFlagView> openFlags(InitiativeSummary initiative) {
		return flagsOf(initiative).stream().filter(RiskFlagView::open).toList();
	}

	/** After the background work that the last change started. */
	private List<RiskFlagView> flagsOf(InitiativeSummary initiative) {
		BackgroundWork.awaitDone(jdbc);
		return flags.flagsOf(initiative.id());
	}

	private void checkData(InitiativeSummary initiative, LocalDate on) {
		measurements.recordDataCheck(initiative.id(), new NewDataCheck(on, "Sam Scientist",
				"Population stability index per feature", DataCheckResult.CONSISTENT, null, null, UUID.randomUUID()),
				scientist);
	}

	/**
	 * Cycles at similar paces, no expectations; a live one has its necessary conditions assessed: nothing to flag
	 * until the context changes.
	 */
	private InitiativeSummary register(String name, BusinessUnitSummary unit, boolean live) {
		Registry.Registration registration = registry.initiative(name).purpose("Scenario.").businessUnit(unit.id())
			.paces(30, 14, 30);
		if (live) {
			registration.alignmentPhase(AlignmentPhase.SUSTAINING).with(edit -> edit.lifecycleStage(LifecycleStage.IN_OPERATION)
				.state(OrganizationCycleState.ESTABLISHED).state(TechnologyCycleState.DEPLOYED).state(UserCycleState.ROUTINIZED));
		}
		InitiativeSummary registered = registration.by(lead);
		// Flags as registered, before anything else happens (changes made before the worker comes round coalesce).
		BackgroundWork.awaitDone(jdbc);
		if (live) {
			// Past requirements analysis the mechanism's necessary conditions must be assessed, or an info flag stays.
			for (NecessaryCondition condition : NecessaryCondition.requiredFor(registration.draft().mechanism())) {
				checklists.answerCurrent(registered.id(), ChecklistKind.MECHANISM_CONDITIONS, condition.name(),
						new AnswerInput(AnswerStatus.MET, null, "Assessed for the scenario.", List.of()), lead);
			}
			BackgroundWork.awaitDone(jdbc);
		}
		return registered;
	}
}
