package io.cyclewise.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.signal.ContextChangeKind;
import io.cyclewise.signal.ContextChangeRecorded;
import io.cyclewise.signal.ContextChangeType;
import io.cyclewise.support.Registry;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static io.cyclewise.support.Users.AS_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checklist module on its own (with what it depends on) answering the signal module's event: a sudden shock in
 * the external environment puts an autonomous agent's answered "stable environment" condition to reassess, and the
 * module says so with {@link ConditionsToReassess} (which the risk engine recomputes on). Bootstrapping: the embedded
 * database (database module) and the password encoder the user module needs (security module, which needs token) are
 * extra includes, and shared for its Clock bean;
 * {@code ALL_DEPENDENCIES} because the signal module's beans need their own dependencies to start. The demo portfolio
 * is not loaded here (demo is not included), so the test registers its own lead, unit and initiative.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "database", "security", "token", "shared" })
@Import(Registry.class)
class ShockScenarioTest {

	@Autowired
	Registry registry;

	@Autowired
	ChecklistService checklists;

	@Autowired
	ChecklistFacts facts;

	@Autowired
	UserDirectory users;

	@Autowired
	BusinessUnits businessUnits;

	@Autowired
	Clock clock;

	@Test
	void aSuddenShockPutsTheStableEnvironmentOfAnAutonomousAgentToReassess(Scenario scenario) {
		long agent = registerWithStableEnvironmentMet(ValueCreationMechanism.PROCESS_AUTOMATION);
		long augmentation = registerWithStableEnvironmentMet(ValueCreationMechanism.HIGH_DISCRETION_TASK_AUGMENTATION);
		LocalDate today = LocalDate.now(clock);

		scenario.publish(new ContextChangeRecorded(System.nanoTime(), ContextChangeType.EXTERNAL_ENVIRONMENT,
				ContextChangeKind.SUDDEN_SHOCK, "Pandemic lockdown", today, Set.of(agent, augmentation)))
			.andWaitForEventOfType(ConditionsToReassess.class)
			.matching(reassess -> reassess.initiativeIds().contains(agent))
			.toArriveAndVerify(reassess -> {
				// Task augmentation does not rely on a stable environment: it is linked to the shock but not marked.
				assertThat(reassess.initiativeIds()).containsExactly(agent);
				assertThat(stableEnvironment(agent)).satisfies(item -> {
					assertThat(item.toReassess()).isTrue();
					assertThat(item.status()).as("the answer keeps its status until someone answers again")
						.isEqualTo(AnswerStatus.MET);
				});
			});
	}

	private long registerWithStableEnvironmentMet(ValueCreationMechanism mechanism) {
		if (users.findByUsername("lead").isEmpty()) {
			users.register("lead", "Lena Lead", "a-Long-passphrase-for-lead", Set.of(Role.PROJECT_LEAD));
		}
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		BusinessUnitSummary unit = businessUnits.add("Shock scenario " + suffix, null);
		long id = registry.initiative("Shock scenario " + mechanism + " " + suffix).businessUnit(unit.id())
			.userContexts("Warehouse North").mechanism(mechanism).by(AS_LEAD).id();
		if (mechanism == ValueCreationMechanism.PROCESS_AUTOMATION) {
			checklists.answerCurrent(id, ChecklistKind.MECHANISM_CONDITIONS, NecessaryCondition.STABLE_ENVIRONMENT.name(),
					new AnswerInput(AnswerStatus.MET, null, "Demand has been stable for years.", List.of()), AS_LEAD);
		}
		return id;
	}

	private ChecklistItemFact stableEnvironment(long initiativeId) {
		return facts.items(initiativeId, ChecklistKind.MECHANISM_CONDITIONS, null).stream()
			.filter(item -> item.itemKey().equals(NecessaryCondition.STABLE_ENVIRONMENT.name()))
			.findFirst()
			.orElseThrow();
	}
}
