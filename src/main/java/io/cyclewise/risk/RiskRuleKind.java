package io.cyclewise.risk;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.shared.Study;

import static io.cyclewise.checklist.AlignmentPractice.EMBRACING_DATA_WORK;
import static io.cyclewise.checklist.AlignmentPractice.FORGING_NEW_ROLES;
import static io.cyclewise.checklist.AlignmentPractice.LEARNING_TO_LEARN;
import static io.cyclewise.checklist.AlignmentPractice.MANAGING_EXPECTATIONS;
import static io.cyclewise.checklist.AlignmentPractice.SYNCHRONIZING_EFFORTS;

/** Every rule the engine knows: its characteristic, the seed concept it comes from and the practice that answers it. */
public enum RiskRuleKind {
	UNREALISTIC_EXPECTATION(Characteristic.TEMPORAL_COMPLEXITY, "Unrealistic expectation",
			"Timing of decisions, actions and outcomes: unrealistic or imbalanced expectations of how quickly ML reaches its targets (the ML-based capability alignment study).",
			MANAGING_EXPECTATIONS),
	DIVERGENT_EXPECTATIONS(Characteristic.TEMPORAL_COMPLEXITY, "Divergent expectations",
			"Timing of decisions, actions and outcomes: different expectations among users and organization units lead to miscommunication (the ML-based capability alignment study).",
			MANAGING_EXPECTATIONS),
	NON_TECHNICAL_WORK_OVERLOOKED(Characteristic.TEMPORAL_COMPLEXITY, "Non-technical work overlooked",
			"Timing of decisions, actions and outcomes: the time for non-technical tasks, e.g. around retraining, is overlooked (the ML-based capability alignment study).",
			FORGING_NEW_ROLES),
	PACE_MISMATCH(Characteristic.TEMPORAL_COMPLEXITY, "Pace mismatch",
			"Cycling pace: fast-paced ML work not aligned with the rest of the organization, e.g. a model built in weeks waits months for approvals (the ML-based capability alignment study).",
			SYNCHRONIZING_EFFORTS),
	TECHNOLOGY_CYCLE_OVER_FOCUS(Characteristic.TEMPORAL_COMPLEXITY, "Technology-cycle over-focus",
			"Cycling pace: the ML Organization over-focused on the Technology Cycle's pace (the ML-based capability alignment study).",
			SYNCHRONIZING_EFFORTS),
	TASK_CONTEXT_DRIFT(Characteristic.CONTEXT_SENSITIVITY, "Task context drift",
			"Task context change: the data a model was trained on no longer matches operational data (the ML-based capability alignment study; monitor and detect data drift, Hopf, Müller, Shollo & Thiess).",
			EMBRACING_DATA_WORK),
	INCONSISTENT_PERFORMANCE(Characteristic.CONTEXT_SENSITIVITY, "Inconsistent performance across user contexts",
			"Task context change: performance differs between user contexts (the ML-based capability alignment study).",
			EMBRACING_DATA_WORK),
	ORGANIZATIONAL_CONTEXT_CHANGE(Characteristic.CONTEXT_SENSITIVITY, "Organizational context change",
			"Technology changes in distant parts of the organization, restructuring, personnel changes in the team (the ML-based capability alignment study).",
			LEARNING_TO_LEARN),
	EXTERNAL_ENVIRONMENT_CHANGE(Characteristic.CONTEXT_SENSITIVITY, "External environment change",
			"Sudden shocks (e.g. COVID-19 broke models overnight) and gradual changes in standards, regulations or consumer behaviour (the ML-based capability alignment study).",
			LEARNING_TO_LEARN),
	MECHANISM_CONDITION_MISMATCH(Characteristic.MECHANISM_FIT, "Mechanism–condition mismatch",
			"A mismatch between a mechanism and its necessary conditions is the main reason value is not realized (the JSIS 2022 value-creation study).",
			MANAGING_EXPECTATIONS),
	CONDITIONS_NOT_ASSESSED(Characteristic.MECHANISM_FIT, "Necessary conditions not assessed",
			"Missing any necessary condition means the mechanism cannot deliver (" + Study.VALUE_CREATION.citation()
					+ "), so a condition nobody has assessed is an unknown. "
					+ "Our rule, not the study's: once an initiative is past requirements analysis, each condition its mechanism requires should have an answer in the checklist (info until assessed).",
			MANAGING_EXPECTATIONS);

	private final Characteristic characteristic;
	private final String label;
	private final String concept;
	private final AlignmentPractice practice;

	RiskRuleKind(Characteristic characteristic, String label, String concept, AlignmentPractice practice) {
		this.characteristic = characteristic;
		this.label = label;
		this.concept = concept;
		this.practice = practice;
	}

	public Characteristic characteristic() {
		return characteristic;
	}

	public String label() {
		return label;
	}

	/** The seed concept the rule operationalizes, in the paper's words. */
	public String concept() {
		return concept;
	}

	public AlignmentPractice practice() {
		return practice;
	}
}
