package io.cyclewise.risk.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.risk.rule.RiskInputs.AcknowledgedEventInput;
import io.cyclewise.risk.rule.RiskInputs.DataCheckInput;
import io.cyclewise.risk.rule.RiskInputs.EventInput;
import io.cyclewise.risk.rule.RiskInputs.ExpectationInput;
import io.cyclewise.risk.rule.RiskInputs.ObservationInput;
import io.cyclewise.risk.rule.RiskInputs.OpenPracticeItem;
import io.cyclewise.risk.rule.RiskInputs.OutcomeEvidence;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/** Builds rule inputs for tests: a quiet initiative by default (no rule fires), changed one aspect at a time. */
final class Inputs {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	LifecycleStage stage = LifecycleStage.BENCHMARKING_METRICS;
	ValueCreationMechanism mechanism = ValueCreationMechanism.HIGH_DISCRETION_TASK_AUGMENTATION;
	TechnologyCycleState technology = TechnologyCycleState.VALIDATING;
	int organizationPace = 30;
	int technologyPace = 14;
	int userPace = 30;
	LocalDate organizationLastChanged = TODAY.minusDays(10);
	LocalDate userLastChanged = TODAY.minusDays(10);
	final List<LocalDate> technologyChanges = new ArrayList<>();
	final List<ExpectationInput> expectations = new ArrayList<>();
	final List<ObservationInput> observations = new ArrayList<>();
	DataCheckInput dataCheck;
	final List<EventInput> events = new ArrayList<>();
	final List<OpenPracticeItem> openItems = new ArrayList<>();
	final List<String> missingConditions = new ArrayList<>();
	String supportedMechanism;
	final List<String> unassessedConditions = new ArrayList<>();
	final List<AcknowledgedEventInput> acknowledgedEvents = new ArrayList<>();
	OutcomeEvidence evidence = OutcomeEvidence.NONE;

	static Inputs quiet() {
		return new Inputs();
	}

	Inputs deployed() {
		technology = TechnologyCycleState.DEPLOYED;
		stage = LifecycleStage.IN_OPERATION;
		return this;
	}

	Inputs expect(long id, String stakeholder, String metric, String target, LocalDate due) {
		expectations.add(new ExpectationInput(id, stakeholder, metric, new BigDecimal(target), true, due));
		return this;
	}

	Inputs observe(String metric, String context, boolean operational, double value, LocalDate on) {
		observations.add(new ObservationInput(metric, context, operational, value, true, on));
		return this;
	}

	Inputs practiceOpen(AlignmentPractice practice, String item) {
		openItems.add(new OpenPracticeItem(practice, item));
		return this;
	}

	RiskInputs build() {
		return RiskInputs.builder(1L, TODAY).phase(AlignmentPhase.EFFECTUATING).stage(stage).mechanism(mechanism)
			.technologyState(technology).paces(organizationPace, technologyPace, userPace)
			.lastChanged(organizationLastChanged, userLastChanged).technologyStateChanges(technologyChanges)
			.expectations(expectations).observations(observations).latestDataCheck(dataCheck).openEvents(events)
			.openPracticeItems(openItems).fit(missingConditions, unassessedConditions, supportedMechanism)
			.acknowledgedEvents(acknowledgedEvents).evidence(evidence).build();
	}

	/**
	 * Every rule of the rule package, found the way Spring finds them (by type) and made with {@code new}: so a new
	 * rule is evaluated by these tests without being added to any list.
	 */
	static RiskRules allRules() {
		var scanner = new ClassPathScanningCandidateComponentProvider(true); // @Component classes, as Spring finds them
		List<RiskRule> rules = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(RiskRule.class.getPackageName())) {
			try {
				Class<?> type = Class.forName(candidate.getBeanClassName());
				if (RiskRule.class.isAssignableFrom(type)) {
					rules.add((RiskRule) type.getDeclaredConstructor().newInstance());
				}
			}
			catch (ReflectiveOperationException notARule) {
				throw new IllegalStateException(notARule);
			}
		}
		return new RiskRules(rules);
	}
}
