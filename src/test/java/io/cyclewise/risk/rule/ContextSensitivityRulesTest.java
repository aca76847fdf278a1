package io.cyclewise.risk.rule;

import java.util.List;

import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;
import io.cyclewise.risk.rule.RiskInputs.AcknowledgedEventInput;
import io.cyclewise.risk.rule.RiskInputs.DataCheckInput;
import io.cyclewise.risk.rule.RiskInputs.EventInput;
import io.cyclewise.risk.rule.RiskInputs.OutcomeEvidence;
import io.cyclewise.signal.AcknowledgementOutcome;
import io.cyclewise.signal.ContextChangeType;
import io.cyclewise.signal.DataCheckResult;
import org.junit.jupiter.api.Test;

import static io.cyclewise.risk.rule.Inputs.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class ContextSensitivityRulesTest {

	private final RiskThresholds defaults = RiskThresholds.defaults();

	@Test
	void driftFoundIsCriticalWhileOperational() {
		Inputs inputs = Inputs.quiet().deployed();
		inputs.dataCheck = new DataCheckInput(TODAY.minusDays(3), DataCheckResult.DRIFTED, 0.42);
		assertThat(new TaskContextDriftRule().evaluate(inputs.build(), defaults)).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
			assertThat(f.explanation()).contains("drifted", "drift score 0.42", TODAY.minusDays(3).toString());
		});
	}

	@Test
	void anOperationalModelMustBeCheckedWithinTheThreshold() {
		Inputs checked90DaysAgo = Inputs.quiet().deployed();
		checked90DaysAgo.dataCheck = new DataCheckInput(TODAY.minusDays(90), DataCheckResult.CONSISTENT, null);
		assertThat(new TaskContextDriftRule().evaluate(checked90DaysAgo.build(), defaults)).isEmpty();

		Inputs checked91DaysAgo = Inputs.quiet().deployed();
		checked91DaysAgo.dataCheck = new DataCheckInput(TODAY.minusDays(91), DataCheckResult.CONSISTENT, null);
		assertThat(new TaskContextDriftRule().evaluate(checked91DaysAgo.build(), defaults)).singleElement()
			.satisfies(f -> assertThat(f.explanation()).contains("91 days ago (threshold 90 days)"));

		assertThat(new TaskContextDriftRule().evaluate(Inputs.quiet().deployed().build(), defaults)).singleElement()
			.satisfies(f -> assertThat(f.explanation()).contains("no data check was ever recorded"));
	}

	@Test
	void aModelNotYetLiveNeedsNoDataCheck() {
		assertThat(new TaskContextDriftRule().evaluate(Inputs.quiet().build(), defaults)).isEmpty();
	}

	@Test
	void performanceSpreadAcrossUserContextsBeyondTheThreshold() {
		var tenPercent = Inputs.quiet().deployed().observe("Accuracy", "North", true, 0.90, TODAY)
			.observe("Accuracy", "South", true, 0.81, TODAY).build();
		assertThat(new InconsistentPerformanceRule().evaluate(tenPercent, defaults)).isEmpty();

		var moreThanTen = Inputs.quiet().deployed().observe("Accuracy", "North", true, 0.90, TODAY)
			.observe("Accuracy", "South", true, 0.80, TODAY).build();
		assertThat(new InconsistentPerformanceRule().evaluate(moreThanTen, defaults)).singleElement()
			.satisfies(f -> assertThat(f.explanation()).contains("0.9 in North but 0.8 in South", "11.1 %"));
	}

	@Test
	void operationalMuchWorseThanTrainingIsFlagged() {
		var inputs = Inputs.quiet().deployed().observe("Accuracy", "all", false, 0.95, TODAY.minusDays(60))
			.observe("Accuracy", "North", true, 0.80, TODAY).build();
		List<RiskFinding> findings = new InconsistentPerformanceRule().evaluate(inputs, defaults);
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.subject()).isEqualTo("gap-accuracy");
			assertThat(f.explanation()).contains("15.8 % worse");
		});

		var close = Inputs.quiet().deployed().observe("Accuracy", "all", false, 0.95, TODAY.minusDays(60))
			.observe("Accuracy", "North", true, 0.86, TODAY).build();
		assertThat(new InconsistentPerformanceRule().evaluate(close, defaults)).isEmpty();
	}

	@Test
	void unacknowledgedEventsFlagByTypeAndSeverityDependsOnOperation() {
		Inputs operational = Inputs.quiet().deployed();
		operational.events.add(new EventInput(5, ContextChangeType.EXTERNAL_ENVIRONMENT, "Pandemic lockdown", TODAY.minusDays(2)));
		operational.events.add(new EventInput(6, ContextChangeType.ORGANIZATIONAL_CONTEXT, "Team restructured", TODAY.minusDays(9)));
		operational.events.add(new EventInput(8, ContextChangeType.TASK_CONTEXT, "New product range", TODAY.minusDays(1)));
		List<RiskFinding> findings = Inputs.allRules().evaluate(operational.build(), defaults);
		assertThat(findings).filteredOn(f -> f.rule().equals(ExternalEnvironmentChangeRule.KEY)).singleElement()
			.satisfies(f -> {
				assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
				assertThat(f.subject()).isEqualTo("event-5");
				assertThat(f.explanation()).contains("Pandemic lockdown");
			});
		assertThat(findings).filteredOn(f -> f.rule().equals(OrganizationalContextChangeRule.KEY)).hasSize(1);
		assertThat(findings).filteredOn(f -> f.rule().equals(TaskContextDriftRule.KEY))
			.extracting(RiskFinding::subject).contains("event-8");

		Inputs notLive = Inputs.quiet();
		notLive.events.add(new EventInput(5, ContextChangeType.EXTERNAL_ENVIRONMENT, "Pandemic lockdown", TODAY.minusDays(2)));
		assertThat(new ExternalEnvironmentChangeRule().evaluate(notLive.build(), defaults)).singleElement()
			.satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
	}

	private static final java.time.LocalDate SHOCK = TODAY.minusDays(20);

	private static Inputs acknowledged(AcknowledgementOutcome outcome) {
		Inputs inputs = Inputs.quiet().deployed();
		inputs.acknowledgedEvents.add(new AcknowledgedEventInput(5, ContextChangeType.EXTERNAL_ENVIRONMENT,
				"Pandemic lockdown", SHOCK, outcome, "lead", "Response."));
		return inputs;
	}

	@Test
	void retrainedClearsOnlyWithAnObservationOrDataCheckOnOrAfterTheEvent() {
		Inputs none = acknowledged(AcknowledgementOutcome.RETRAINED_OR_RECALIBRATED);
		none.evidence = new OutcomeEvidence(SHOCK.minusDays(1), SHOCK.minusDays(3), SHOCK.plusDays(2));
		assertThat(new ExternalEnvironmentChangeRule().evaluate(none.build(), defaults)).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
			assertThat(f.subject()).isEqualTo("event-5");
			assertThat(f.explanation()).contains("acknowledged by lead as retrained",
					"no observation or data check dated on or after " + SHOCK);
		});

		Inputs checked = acknowledged(AcknowledgementOutcome.RETRAINED_OR_RECALIBRATED);
		checked.evidence = new OutcomeEvidence(null, SHOCK, null);
		assertThat(new ExternalEnvironmentChangeRule().evaluate(checked.build(), defaults)).isEmpty();

		Inputs observed = acknowledged(AcknowledgementOutcome.RETRAINED_OR_RECALIBRATED);
		observed.evidence = new OutcomeEvidence(SHOCK.plusDays(4), null, null);
		assertThat(new ExternalEnvironmentChangeRule().evaluate(observed.build(), defaults)).isEmpty();
	}

	@Test
	void returnedClearsOnlyWithAReviewThatReturnedThePhaseOnOrAfterTheEvent() {
		Inputs none = acknowledged(AcknowledgementOutcome.RETURNED_TO_EARLIER_PHASE);
		none.evidence = new OutcomeEvidence(SHOCK.plusDays(1), SHOCK.plusDays(1), SHOCK.minusDays(1));
		assertThat(new ExternalEnvironmentChangeRule().evaluate(none.build(), defaults)).singleElement()
			.satisfies(f -> assertThat(f.explanation()).contains("as returned to an earlier phase",
					"no review dated on or after " + SHOCK));

		Inputs returned = acknowledged(AcknowledgementOutcome.RETURNED_TO_EARLIER_PHASE);
		returned.evidence = new OutcomeEvidence(null, null, SHOCK.plusDays(3));
		assertThat(new ExternalEnvironmentChangeRule().evaluate(returned.build(), defaults)).isEmpty();
	}

	@Test
	void noImpactClearsWithoutEvidenceAndOtherTypesAreLeftToTheirRule() {
		assertThat(new ExternalEnvironmentChangeRule().evaluate(acknowledged(AcknowledgementOutcome.NO_IMPACT).build(),
				defaults)).isEmpty();
		Inputs retrained = acknowledged(AcknowledgementOutcome.RETRAINED_OR_RECALIBRATED);
		assertThat(new OrganizationalContextChangeRule().evaluate(retrained.build(), defaults)).isEmpty();
		Inputs notLive = Inputs.quiet();
		notLive.acknowledgedEvents.addAll(retrained.acknowledgedEvents);
		assertThat(new ExternalEnvironmentChangeRule().evaluate(notLive.build(), defaults)).singleElement()
			.satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
	}

	@Test
	void mechanismMismatchNamesTheMissingConditionsAndTheSupportedMechanism() {
		Inputs inputs = Inputs.quiet();
		inputs.mechanism = ValueCreationMechanism.PROCESS_AUTOMATION;
		assertThat(new MechanismConditionMismatchRule().evaluate(inputs.build(), defaults)).isEmpty();

		inputs.missingConditions.add("Stable environment");
		inputs.missingConditions.add("Few ethical and legal constraints");
		inputs.supportedMechanism = "Task augmentation";
		assertThat(new MechanismConditionMismatchRule().evaluate(inputs.build(), defaults)).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.explanation()).isEqualTo("Autonomous agent, process automation requires necessary conditions that "
					+ "are not met: Stable environment, Few ethical and legal constraints. The met conditions support Task augmentation.");
		});
	}
}
