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
import io.cyclewise.signal.AcknowledgementOutcome;
import io.cyclewise.signal.ContextChangeType;
import io.cyclewise.signal.DataCheckResult;

/**
 * Everything the rules read about one initiative on one day, gathered from the registry, the checklists and the
 * signals. Plain data, so every rule is testable without Spring or a database. Built only through
 * {@link #builder(long, LocalDate)}, so a new input is one field here and one call where it is gathered.
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

	/** Starts the inputs of a quiet initiative (nothing that fires a rule); set what is known. */
	public static Builder builder(long initiativeId, LocalDate today) {
		return new Builder(initiativeId, today);
	}

	/** Named setters for the record's many fields; lists start empty, the paces at 30 days. */
	public static final class Builder {

		private final long initiativeId;
		private final LocalDate today;
		private AlignmentPhase phase;
		private LifecycleStage stage;
		private ValueCreationMechanism mechanism;
		private TechnologyCycleState technologyState;
		private int organizationPaceDays = 30;
		private int technologyPaceDays = 30;
		private int userPaceDays = 30;
		private LocalDate organizationLastChanged;
		private LocalDate userLastChanged;
		private List<LocalDate> technologyStateChanges = new ArrayList<>();
		private List<ExpectationInput> expectations = new ArrayList<>();
		private List<ObservationInput> observations = new ArrayList<>();
		private DataCheckInput latestDataCheck;
		private List<EventInput> openEvents = new ArrayList<>();
		private List<OpenPracticeItem> openPracticeItems = new ArrayList<>();
		private List<String> missingConditions = new ArrayList<>();
		private String supportedMechanism;
		private List<String> unassessedConditions = new ArrayList<>();
		private List<AcknowledgedEventInput> acknowledgedEvents = new ArrayList<>();
		private OutcomeEvidence evidence = OutcomeEvidence.NONE;

		private Builder(long initiativeId, LocalDate today) {
			this.initiativeId = initiativeId;
			this.today = today;
			this.organizationLastChanged = today;
			this.userLastChanged = today;
		}

		public Builder phase(AlignmentPhase phase) {
			this.phase = phase;
			return this;
		}

		public Builder stage(LifecycleStage stage) {
			this.stage = stage;
			return this;
		}

		public Builder mechanism(ValueCreationMechanism mechanism) {
			this.mechanism = mechanism;
			return this;
		}

		public Builder technologyState(TechnologyCycleState technologyState) {
			this.technologyState = technologyState;
			return this;
		}

		public Builder paces(int organizationDays, int technologyDays, int userDays) {
			this.organizationPaceDays = organizationDays;
			this.technologyPaceDays = technologyDays;
			this.userPaceDays = userDays;
			return this;
		}

		public Builder lastChanged(LocalDate organization, LocalDate user) {
			this.organizationLastChanged = organization;
			this.userLastChanged = user;
			return this;
		}

		public Builder technologyStateChanges(List<LocalDate> dates) {
			this.technologyStateChanges = dates;
			return this;
		}

		public Builder expectations(List<ExpectationInput> expectations) {
			this.expectations = expectations;
			return this;
		}

		public Builder observations(List<ObservationInput> observations) {
			this.observations = observations;
			return this;
		}

		public Builder latestDataCheck(DataCheckInput check) {
			this.latestDataCheck = check;
			return this;
		}

		public Builder openEvents(List<EventInput> events) {
			this.openEvents = events;
			return this;
		}

		public Builder acknowledgedEvents(List<AcknowledgedEventInput> events) {
			this.acknowledgedEvents = events;
			return this;
		}

		public Builder evidence(OutcomeEvidence evidence) {
			this.evidence = evidence;
			return this;
		}

		public Builder openPracticeItems(List<OpenPracticeItem> items) {
			this.openPracticeItems = items;
			return this;
		}

		/** The mechanism–condition fit from the checklists: conditions missing, unassessed, and the mechanism they support. */
		public Builder fit(List<String> missing, List<String> unassessed, String supportedMechanism) {
			this.missingConditions = missing;
			this.unassessedConditions = unassessed;
			this.supportedMechanism = supportedMechanism;
			return this;
		}

		public RiskInputs build() {
			return new RiskInputs(initiativeId, today, phase, stage, mechanism, technologyState, organizationPaceDays,
					technologyPaceDays, userPaceDays, organizationLastChanged, userLastChanged, technologyStateChanges,
					expectations, observations, latestDataCheck, openEvents, openPracticeItems, missingConditions,
					supportedMechanism, unassessedConditions, acknowledgedEvents, evidence);
		}
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
