package io.cyclewise.risk.rule;

import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionsNotAssessedRuleTest {

	private final RiskThresholds defaults = RiskThresholds.defaults();

	private final ConditionsNotAssessedRule rule = new ConditionsNotAssessedRule();

	@Test
	void pastRequirementsAnalysisUnassessedConditionsRaiseAnInfoFlagNamingThem() {
		Inputs inputs = Inputs.quiet();
		inputs.stage = LifecycleStage.DATA_MANAGEMENT;
		inputs.mechanism = ValueCreationMechanism.LOW_DISCRETION_TASK_AUGMENTATION;
		inputs.unassessedConditions.add("Mature data infrastructure");
		inputs.unassessedConditions.add("Strong DevOps capabilities");

		assertThat(rule.evaluate(inputs.build(), defaults)).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(ConditionsNotAssessedRule.KEY);
			assertThat(rule.characteristic()).isEqualTo(Characteristic.MECHANISM_FIT);
			assertThat(f.severity()).isEqualTo(Severity.INFO);
			assertThat(f.explanation()).contains("past requirements analysis (now Data management)",
					"2 necessary condition(s)", ValueCreationMechanism.LOW_DISCRETION_TASK_AUGMENTATION.label(),
					"have not been assessed: Mature data infrastructure, Strong DevOps capabilities.",
					"Assess them in the value-creation mechanism conditions checklist");
		});
	}

	@Test
	void inRequirementsAnalysisNothingIsExpectedYet() {
		Inputs inputs = Inputs.quiet();
		inputs.stage = LifecycleStage.REQUIREMENTS_ANALYSIS;
		inputs.unassessedConditions.add("Deep domain knowledge");
		assertThat(rule.evaluate(inputs.build(), defaults)).isEmpty();
	}

	@Test
	void everyStageAfterRequirementsAnalysisCounts() {
		for (LifecycleStage stage : LifecycleStage.values()) {
			Inputs inputs = Inputs.quiet();
			inputs.stage = stage;
			inputs.unassessedConditions.add("Deep domain knowledge");
			assertThat(rule.evaluate(inputs.build(), defaults)).as(stage.name())
				.hasSize(stage == LifecycleStage.REQUIREMENTS_ANALYSIS ? 0 : 1);
		}
	}

	@Test
	void allConditionsAnsweredRaisesNothing() {
		Inputs inputs = Inputs.quiet().deployed();
		assertThat(rule.evaluate(inputs.build(), defaults)).isEmpty();
	}

	@Test
	void aQuietInitiativeRaisesNoFlagOfAnyRule() {
		assertThat(Inputs.allRules().evaluate(Inputs.quiet().build(), defaults)).isEmpty();
	}
}
