package io.cyclewise.risk;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cyclewise.checklist.AnswerInput;
import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.ChecklistService;
import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.signal.ContextChangeKind;
import io.cyclewise.signal.ContextChangeRecorded;
import io.cyclewise.signal.ContextChangeType;
import io.cyclewise.risk.rule.MechanismConditionMismatchRule;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.Registry;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static io.cyclewise.support.Users.AS_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk module with everything it depends on, across three modules' events: a sudden shock recorded in signal
 * ({@code ContextChangeRecorded}) makes checklist put the "stable environment" condition to reassess
 * ({@code ConditionsToReassess}), and the risk engine recomputes the initiative's flags in the background: an
 * autonomous agent whose conditions were all met now has a mechanism–condition mismatch. Bootstrapping as in the
 * checklist scenario: database, security, token and shared are extra includes (embedded PostgreSQL, password encoder,
 * clock).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "database", "security", "token", "shared" })
@Import(Registry.class)
class ShockRecomputationScenarioTest {

	@Autowired
	Registry registry;

	@Autowired
	ChecklistService checklists;

	@Autowired
	RiskFlagService flags;

	@Autowired
	UserDirectory users;

	@Autowired
	BusinessUnits businessUnits;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aSuddenShockRaisesAMechanismConditionMismatchForAnAutonomousAgent(Scenario scenario) {
		long agent = autonomousAgentWithEveryConditionMet();
		BackgroundWork.awaitDone(jdbc);
		assertThat(openMismatch(agent)).as("every necessary condition is met before the shock").isEmpty();

		scenario.publish(new ContextChangeRecorded(System.nanoTime(), ContextChangeType.EXTERNAL_ENVIRONMENT,
				ContextChangeKind.SUDDEN_SHOCK, "Pandemic lockdown", LocalDate.now(clock), Set.of(agent)))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> openMismatch(agent), Optional::isPresent)
			.andVerify(mismatch -> assertThat(mismatch.orElseThrow().flag().getExplanation())
				.contains("requires necessary conditions that are not met: Stable environment."));
	}

	private long autonomousAgentWithEveryConditionMet() {
		if (users.findByUsername("lead").isEmpty()) {
			users.register("lead", "Lena Lead", "a-Long-passphrase-for-lead", Set.of(Role.PROJECT_LEAD));
		}
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		BusinessUnitSummary unit = businessUnits.add("Recomputation scenario " + suffix, null);
		ValueCreationMechanism mechanism = ValueCreationMechanism.PROCESS_AUTOMATION;
		long id = registry.initiative("Recomputation scenario " + suffix).businessUnit(unit.id())
			.userContexts("Warehouse North").mechanism(mechanism).by(AS_LEAD).id();
		for (NecessaryCondition condition : NecessaryCondition.requiredFor(mechanism)) {
			checklists.answerCurrent(id, ChecklistKind.MECHANISM_CONDITIONS, condition.name(),
					new AnswerInput(AnswerStatus.MET, null, "Assessed for the scenario.", List.of()), AS_LEAD);
		}
		return id;
	}

	private Optional<RiskFlagView> openMismatch(long initiativeId) {
		return flags.flagsOf(initiativeId).stream()
			.filter(flag -> flag.open() && flag.rule().equals(MechanismConditionMismatchRule.KEY))
			.findFirst();
	}
}
