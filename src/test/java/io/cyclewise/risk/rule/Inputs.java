package io.cyclewise.risk.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.risk.RiskInputs;
import io.cyclewise.risk.RiskInputs.AcknowledgedEventInput;
import io.cyclewise.risk.RiskInputs.DataCheckInput;
import io.cyclewise.risk.RiskInputs.EventInput;
import io.cyclewise.risk.RiskInputs.ExpectationInput;
import io.cyclewise.risk.RiskInputs.ObservationInput;
import io.cyclewise.risk.RiskInputs.OpenPracticeItem;
import io.cyclewise.risk.RiskInputs.OutcomeEvidence;

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
		return new RiskInputs(1L, TODAY, AlignmentPhase.EFFECTUATING, stage, mechanism, technology, organizationPace,
				technologyPace, userPace, organizationLastChanged, userLastChanged, technologyChanges, expectations,
				observations, dataCheck, events, openItems, missingConditions, supportedMechanism,
				unassessedConditions, acknowledgedEvents, evidence);
	}
}
