package io.cyclewise.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.signal.AcknowledgementOutcome;
import io.cyclewise.signal.ContextChangeType;
import io.cyclewise.signal.DataCheckResult;

/**
 * Everything the rules read about one initiative on one day, gathered from the registry, the checklists and the
 * signals. Plain data, so every rule is testable without Spring or a database.
 */
public record RiskInputs(long initiativeId, LocalDate today, AlignmentPhase phase, LifecycleStage stage,
		ValueCreationMechanism mechanism, TechnologyCycleState technologyState, int organizationPaceDays,
		int technologyPaceDays, int userPaceDays, LocalDate organizationLastChanged, LocalDate userLastChanged,
		List<LocalDate> technologyStateChanges, List<ExpectationInput> expectations,
		List<ObservationInput> observations, DataCheckInput latestDataCheck, List<EventInput> openEvents,
		List<OpenPracticeItem> openPracticeItems, List<String> missingConditions, String supportedMechanism,
		List<String> unassessedConditions, List<AcknowledgedEventInput> acknowledgedEvents, OutcomeEvidence evidence) {

	public RiskInputs {
		technologyStateChanges = List.copyOf(technologyStateChanges);
		expectations = List.copyOf(expectations);
		observations = List.copyOf(observations);
		openEvents = List.copyOf(openEvents);
		openPracticeItems = List.copyOf(openPracticeItems);
		missingConditions = List.copyOf(missingConditions);
		unassessedConditions = List.copyOf(unassessedConditions);
		acknowledgedEvents = List.copyOf(acknowledgedEvents);
		evidence = evidence == null ? OutcomeEvidence.NONE : evidence;
	}

	/** Past requirements analysis: the mechanism's conditions should have been assessed by now. */
	public boolean pastRequirementsAnalysis() {
		return stage != null && stage.compareTo(LifecycleStage.REQUIREMENTS_ANALYSIS) > 0;
	}

	/** Operational = the model runs on live data (Deployed or Retraining), or the initiative is in operation. */
	public boolean operational() {
		return technologyState == TechnologyCycleState.DEPLOYED || technologyState == TechnologyCycleState.RETRAINING
				|| stage == LifecycleStage.IN_OPERATION;
	}

	public record ExpectationInput(long id, String stakeholder, String metric, BigDecimal target,
			boolean higherIsBetter, LocalDate dueDate) {

		public boolean isMetBy(double value) {
			return higherIsBetter ? value >= target.doubleValue() : value <= target.doubleValue();
		}
	}

	/** The latest value of a metric in one user context from one source. */
	public record ObservationInput(String metric, String userContext, boolean operational, double value,
			boolean higherIsBetter, LocalDate observedOn) {
	}

	public record DataCheckInput(LocalDate checkedOn, DataCheckResult result, Double driftScore) {
	}

	public record EventInput(long id, ContextChangeType type, String title, LocalDate occurredOn) {
	}

	/** An acknowledged context change: the outcome the lead chose, who, and why. */
	public record AcknowledgedEventInput(long id, ContextChangeType type, String title, LocalDate occurredOn,
			AcknowledgementOutcome outcome, String acknowledgedBy, String response) {
	}

	/** Latest dates of an observation, a data check and a review that returned to an earlier phase (null: none). */
	public record OutcomeEvidence(LocalDate latestObservationOn, LocalDate latestDataCheckOn,
			LocalDate latestPhaseReturnOn) {

		public static final OutcomeEvidence NONE = new OutcomeEvidence(null, null, null);

		/** An observation or a data check dated on or after the day. */
		public boolean measuredSince(LocalDate day) {
			return onOrAfter(latestObservationOn, day) || onOrAfter(latestDataCheckOn, day);
		}

		public boolean returnedToEarlierPhaseSince(LocalDate day) {
			return onOrAfter(latestPhaseReturnOn, day);
		}

		private static boolean onOrAfter(LocalDate date, LocalDate day) {
			return date != null && !date.isBefore(day);
		}
	}

	public record OpenPracticeItem(AlignmentPractice practice, String item) {
	}
}
