package io.cyclewise.risk.rule;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;
import io.cyclewise.risk.Threshold;
import org.junit.jupiter.api.Test;

import static io.cyclewise.risk.rule.Inputs.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class TemporalComplexityRulesTest {

	private final RiskThresholds defaults = RiskThresholds.defaults();

	@Test
	void aQuietInitiativeRaisesNothing() {
		assertThat(Inputs.allRules().evaluate(Inputs.quiet().build(), defaults)).isEmpty();
	}

	// Unrealistic expectation: Validating = 1 step to Deployed, + 2 iterations per improvement (no value yet) = 3
	// iterations of 14 days: 42 days are enough, 41 are not.

	@Test
	void expectationDueBeforeTheNeededIterationsIsUnrealistic() {
		var inputs = Inputs.quiet().expect(7, "Sales", "Accuracy", "0.9", TODAY.plusDays(41)).build();
		assertThat(new UnrealisticExpectationRule().evaluate(inputs, defaults)).singleElement().satisfies(f -> {
			assertThat(f.subject()).isEqualTo("expectation-7");
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.explanation()).contains("Sales expects Accuracy ≥ 0.9", "leaves 2 iteration(s), but 3 are needed",
					"1 step(s) from Validating to Deployed plus 2 per improvement");
		});
	}

	@Test
	void expectationWithEnoughIterationsLeftIsRealistic() {
		var inputs = Inputs.quiet().expect(7, "Sales", "Accuracy", "0.9", TODAY.plusDays(42)).build();
		assertThat(new UnrealisticExpectationRule().evaluate(inputs, defaults)).isEmpty();
	}

	@Test
	void aTargetAlreadyMetNeedsNoImprovementIterations() {
		var inputs = Inputs.quiet().deployed().expect(7, "Sales", "Accuracy", "0.9", TODAY.plusDays(1))
			.observe("accuracy", "North", true, 0.91, TODAY.minusDays(1)).build();
		assertThat(new UnrealisticExpectationRule().evaluate(inputs, defaults)).isEmpty();
	}

	@Test
	void aPassedDateWithAMissedOperationalTargetIsCritical() {
		var missed = Inputs.quiet().deployed().expect(7, "Sales", "Accuracy", "0.9", TODAY.minusDays(1))
			.observe("Accuracy", "North", true, 0.85, TODAY.minusDays(2)).build();
		assertThat(new UnrealisticExpectationRule().evaluate(missed, defaults)).singleElement()
			.satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL))
			.satisfies(f -> assertThat(f.explanation()).contains("the date passed", "is 0.85"));

		var met = Inputs.quiet().deployed().expect(7, "Sales", "Accuracy", "0.9", TODAY.minusDays(1))
			.observe("Accuracy", "North", true, 0.9, TODAY.minusDays(2)).build();
		assertThat(new UnrealisticExpectationRule().evaluate(met, defaults)).isEmpty();
	}

	@Test
	void iterationsPerImprovementIsConfigurable() {
		var inputs = Inputs.quiet().expect(7, "Sales", "Accuracy", "0.9", TODAY.plusDays(41)).build();
		assertThat(new UnrealisticExpectationRule().evaluate(inputs,
				defaults.with(Threshold.ITERATIONS_PER_IMPROVEMENT, "1"))).isEmpty();
	}

	@Test
	void divergentExpectationsFireBeyondTheDateOrValueSpread() {
		var sixtyDays = Inputs.quiet().expect(1, "Sales", "Accuracy", "0.9", TODAY.plusDays(100))
			.expect(2, "Users", "accuracy", "0.9", TODAY.plusDays(160)).build();
		assertThat(new DivergentExpectationsRule().evaluate(sixtyDays, defaults)).isEmpty();

		var sixtyOneDays = Inputs.quiet().expect(1, "Sales", "Accuracy", "0.9", TODAY.plusDays(100))
			.expect(2, "Users", "accuracy", "0.9", TODAY.plusDays(161)).build();
		assertThat(new DivergentExpectationsRule().evaluate(sixtyOneDays, defaults)).singleElement()
			.satisfies(f -> assertThat(f.explanation()).contains("61 days apart (threshold 60)"));

		var tenPercent = Inputs.quiet().expect(1, "Sales", "Accuracy", "1.0", TODAY.plusDays(100))
			.expect(2, "Users", "Accuracy", "0.9", TODAY.plusDays(100)).build();
		assertThat(new DivergentExpectationsRule().evaluate(tenPercent, defaults)).isEmpty();

		var elevenPercent = Inputs.quiet().expect(1, "Sales", "Accuracy", "1.0", TODAY.plusDays(100))
			.expect(2, "Users", "Accuracy", "0.89", TODAY.plusDays(100)).build();
		assertThat(new DivergentExpectationsRule().evaluate(elevenPercent, defaults)).singleElement()
			.satisfies(f -> assertThat(f.explanation()).contains("targets differ by 11 %"));
	}

	@Test
	void oneStakeholderCannotDivergeFromThemselves() {
		var inputs = Inputs.quiet().expect(1, "Sales", "Accuracy", "0.5", TODAY.plusDays(10))
			.expect(2, "sales", "Accuracy", "0.99", TODAY.plusDays(500)).build();
		assertThat(new DivergentExpectationsRule().evaluate(inputs, defaults)).isEmpty();
	}

	@Test
	void retrainingWithOpenOrganizationAndUserWorkIsFlagged() {
		Inputs inputs = Inputs.quiet().practiceOpen(AlignmentPractice.FORGING_NEW_ROLES, "ML Trainer named");
		inputs.technology = TechnologyCycleState.RETRAINING;
		assertThat(new NonTechnicalWorkOverlookedRule().evaluate(inputs.build(), defaults)).singleElement()
			.satisfies(f -> assertThat(f.explanation()).contains("retraining", "ML Trainer named (Forging new roles)"));
	}

	@Test
	void redeploymentCountsOnlyWithinTheWindow() {
		Inputs inside = Inputs.quiet().deployed().practiceOpen(AlignmentPractice.EMBRACING_DATA_WORK, "Data owner");
		inside.technologyChanges.add(TODAY.minusDays(30));
		assertThat(new NonTechnicalWorkOverlookedRule().evaluate(inside.build(), defaults)).hasSize(1);

		Inputs outside = Inputs.quiet().deployed().practiceOpen(AlignmentPractice.EMBRACING_DATA_WORK, "Data owner");
		outside.technologyChanges.add(TODAY.minusDays(31));
		assertThat(new NonTechnicalWorkOverlookedRule().evaluate(outside.build(), defaults)).isEmpty();
	}

	@Test
	void retrainingWithAllAlignmentWorkDoneIsFine() {
		Inputs inputs = Inputs.quiet();
		inputs.technology = TechnologyCycleState.RETRAINING;
		assertThat(new NonTechnicalWorkOverlookedRule().evaluate(inputs.build(), defaults)).isEmpty();
	}

	@Test
	void paceMismatchFiresAboveTheFactorOnly() {
		Inputs fourTimes = Inputs.quiet();
		fourTimes.technologyPace = 14;
		fourTimes.organizationPace = 56;
		assertThat(new PaceMismatchRule().evaluate(fourTimes.build(), defaults)).isEmpty();

		Inputs aboveFour = Inputs.quiet();
		aboveFour.technologyPace = 14;
		aboveFour.organizationPace = 57;
		aboveFour.userPace = 365;
		assertThat(new PaceMismatchRule().evaluate(aboveFour.build(), defaults)).extracting(RiskFinding::subject)
			.containsExactly("organization", "user");
		assertThat(new PaceMismatchRule().evaluate(aboveFour.build(), defaults).get(1).explanation())
			.contains("every 14 days", "every 365 days", "26.1× apart", "4× threshold");
	}

	@Test
	void paceMismatchWorksInBothDirections() {
		Inputs slowTechnology = Inputs.quiet();
		slowTechnology.technologyPace = 365;
		slowTechnology.organizationPace = 30;
		slowTechnology.userPace = 365;
		assertThat(new PaceMismatchRule().evaluate(slowTechnology.build(), defaults)).singleElement()
			.satisfies(f -> assertThat(f.rule()).isEqualTo(PaceMismatchRule.KEY))
			.satisfies(f -> assertThat(f.subject()).isEqualTo("organization"));
	}

	@Test
	void technologyOverFocusNeedsEnoughChangesAndLongEnoughStillness() {
		Inputs inputs = Inputs.quiet();
		inputs.organizationLastChanged = TODAY.minusDays(181);
		inputs.userLastChanged = TODAY.minusDays(200);
		inputs.technologyChanges.add(TODAY.minusDays(100));
		inputs.technologyChanges.add(TODAY.minusDays(50));
		assertThat(new TechnologyCycleOverFocusRule().evaluate(inputs.build(), defaults)).isEmpty();

		inputs.technologyChanges.add(TODAY.minusDays(5));
		assertThat(new TechnologyCycleOverFocusRule().evaluate(inputs.build(), defaults)).singleElement()
			.satisfies(f -> assertThat(f.explanation()).contains("changed state 3 times", "not changed for 181 days"));

		inputs.organizationLastChanged = TODAY.minusDays(180);
		assertThat(new TechnologyCycleOverFocusRule().evaluate(inputs.build(), defaults)).isEmpty();
	}
}
