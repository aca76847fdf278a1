package io.cyclewise.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.cyclewise.checklist.AnswerInput;
import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.ChecklistService;
import io.cyclewise.checklist.NewMechanismShift;
import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.checklist.ShiftCause;
import io.cyclewise.checklist.ShiftInitiator;
import io.cyclewise.checklist.ShiftReason;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.maturity.MaturityComponent;
import io.cyclewise.maturity.MaturityPhase;
import io.cyclewise.maturity.MaturityService;
import io.cyclewise.maturity.NewMaturityAssessment;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import static io.cyclewise.checklist.AnswerStatus.MET;
import static io.cyclewise.checklist.AnswerStatus.NOT_MET;
import static io.cyclewise.checklist.AnswerStatus.PARTLY_MET;

/**
 * Demo checklists on top of the demo portfolio: conditions for most initiatives (with the paper's typical
 * mismatches), some practices, readiness checks and tactics, a shift trajectory like the JSIS 2022 value-creation study's, and maturity.
 */
@Component
class ChecklistDemoData {

	private static final CurrentUser SCIENTIST = new CurrentUser("scientist", EnumSet.of(Role.DATA_SCIENTIST));

	/** Conditions that are not simply "met"; every other required condition of these initiatives is met. */
	private static final Map<String, Map<NecessaryCondition, AnswerStatus>> CONDITION_GAPS = Map.of(
			"Mortgage document robot", Map.of(NecessaryCondition.INTEGRATION_WITH_TRANSACTIONAL_SYSTEMS, NOT_MET),
			"Route planning automation", Map.of(NecessaryCondition.STABLE_ENVIRONMENT, PARTLY_MET),
			"Dynamic delivery slots", Map.of(NecessaryCondition.FEW_ETHICAL_AND_LEGAL_CONSTRAINTS, NOT_MET),
			"Credit limit advisor", Map.of(NecessaryCondition.UX_CAPABILITIES, PARTLY_MET));

	private static final List<String> NOT_ASSESSED_YET = List.of("Scrap root-cause analysis", "Warehouse slotting insights");

	private final ChecklistService checklists;
	private final MaturityService maturity;
	private final InitiativeService initiatives;
	private final BusinessUnits businessUnits;
	private final TransactionTemplate transaction;
	private final Clock clock;

	ChecklistDemoData(ChecklistService checklists, MaturityService maturity, InitiativeService initiatives,
			BusinessUnits businessUnits, TransactionTemplate transaction, Clock clock) {
		this.checklists = checklists;
		this.maturity = maturity;
		this.initiatives = initiatives;
		this.businessUnits = businessUnits;
		this.transaction = transaction;
		this.clock = clock;
	}

	@EventListener(DemoPortfolioLoaded.class)
	void load() {
		transaction.executeWithoutResult(status -> {
			conditions();
			practicesReadinessAndTactics();
			maturity();
		});
		// Its own transaction: the registry announces each mechanism change when its transaction commits.
		transaction.executeWithoutResult(status -> demandForecastTrajectory());
	}

	private void conditions() {
		for (InitiativeSummary initiative : initiatives.all()) {
			if (NOT_ASSESSED_YET.contains(initiative.name())) {
				continue;
			}
			Map<NecessaryCondition, AnswerStatus> gaps = CONDITION_GAPS.getOrDefault(initiative.name(), Map.of());
			for (NecessaryCondition condition : NecessaryCondition.requiredFor(initiative.mechanism())) {
				AnswerStatus status = gaps.getOrDefault(condition, MET);
				answer(initiative, ChecklistKind.MECHANISM_CONDITIONS, condition.name(), status,
						status == MET ? null : "Reviewed with the team; see the open points.");
			}
		}
		// Knowledge creation whose data infrastructure, UX and DevOps have matured: the conditions support augmentation.
		InitiativeSummary churn = byName("Churn insight reports");
		for (NecessaryCondition condition : NecessaryCondition.requiredFor(ValueCreationMechanism.LOW_DISCRETION_TASK_AUGMENTATION)) {
			answer(churn, ChecklistKind.MECHANISM_CONDITIONS, condition.name(), MET, "Platform team runs the pipelines.");
		}
	}

	private void practicesReadinessAndTactics() {
		InitiativeSummary fraud = byName("Fraud alert triage");
		answer(fraud, ChecklistKind.ALIGNMENT_PRACTICES, "ROLES_PRODUCT_OWNER", MET, "Product owner: card operations lead.");
		answer(fraud, ChecklistKind.ALIGNMENT_PRACTICES, "ROLES_ML_TRAINER", NOT_MET, "Analysts label alerts in their spare time.");
		answer(fraud, ChecklistKind.ALIGNMENT_PRACTICES, "DATA_WORK_CONTINUOUS", PARTLY_MET, "Labelling stops in peak weeks.");
		InitiativeSummary chatbot = byName("Customer service chatbot");
		answer(chatbot, ChecklistKind.ALIGNMENT_PRACTICES, "ROLES_USER_AMBASSADORS", NOT_MET, "No agents give feedback on answers.");
		answer(chatbot, ChecklistKind.ALIGNMENT_PRACTICES, "EXPECTATIONS_USER_COMMUNICATION", PARTLY_MET, null);
		answer(chatbot, ChecklistKind.ALIGNMENT_PRACTICES, "SYNC_BUSINESS_SPONSOR", MET, "Head of customer service sponsors it.");
		InitiativeSummary credit = byName("Credit limit advisor");
		for (String key : List.of("RA_OUTCOMES_DOCUMENTED", "RA_MINIMUM_TARGETS", "RA_CLIENT_EXPECTATIONS",
				"RA_DATA_FEASIBILITY", "DM_DATA_UNDERSTOOD", "DM_ACCESS_SECURED", "BM_BENCHMARKS")) {
			answer(credit, ChecklistKind.STAGE_READINESS, key, MET, null);
		}
		answer(credit, ChecklistKind.STAGE_READINESS, "UAT_TESTER_TIME", NOT_MET, "Analysts test after hours only.");
		InitiativeSummary routes = byName("Route planning automation");
		answer(routes, ChecklistKind.CRAFT_TACTICS, "SCOPING_REALITY_CHECK", NOT_MET, "Management expects dispatchers to be replaced this year.");
		answer(routes, ChecklistKind.CRAFT_TACTICS, "SCOPING_START_SMALL", PARTLY_MET, "One region first.");
	}

	/** The JSIS 2022 value-creation study's example path: automation pushed by management, lost to an unstable environment, grown back. */
	private void demandForecastTrajectory() {
		InitiativeSummary forecast = byName("Demand forecast");
		CurrentUser lead = new CurrentUser(forecast.lead().username(), EnumSet.of(Role.PROJECT_LEAD));
		shift(forecast, lead, ValueCreationMechanism.PROCESS_AUTOMATION, ShiftReason.EXPECTATIONS, null,
				ShiftCause.INTERNAL, ShiftInitiator.MANAGEMENT, "Management wanted replenishment orders placed automatically.");
		shift(forecast, lead, ValueCreationMechanism.KNOWLEDGE_CREATION, ShiftReason.CONDITION_LOST,
				NecessaryCondition.STABLE_ENVIRONMENT, ShiftCause.EXTERNAL, ShiftInitiator.DATA_SCIENTISTS,
				"A supply shock made demand unstable; the team published a demand dashboard instead.");
		shift(forecast, lead, ValueCreationMechanism.HIGH_DISCRETION_TASK_AUGMENTATION, ShiftReason.CONDITION_MET,
				NecessaryCondition.MATURE_DATA_INFRASTRUCTURE, ShiftCause.INTERNAL, ShiftInitiator.DATA_SCIENTISTS,
				"Daily sales feeds are reliable again; planners choose among suggested orders.");
	}

	private void shift(InitiativeSummary initiative, CurrentUser lead, ValueCreationMechanism to, ShiftReason reason,
			NecessaryCondition condition, ShiftCause cause, ShiftInitiator initiator, String explanation) {
		ValueCreationMechanism from = initiatives.find(initiative.id()).orElseThrow().mechanism();
		checklists.shift(initiative.id(), new NewMechanismShift(from, to, reason, condition, cause, initiator, explanation), lead);
	}

	private void maturity() {
		LocalDate today = LocalDate.now(clock);
		record("Retail Banking", today.minusDays(200), "First use cases live with a vendor's help.",
				MaturityPhase.PROVING_THE_CONCEPT, MaturityPhase.PROVING_THE_CONCEPT, MaturityPhase.PROVING_THE_CONCEPT,
				MaturityPhase.PROVING_THE_CONCEPT, MaturityPhase.PROVING_THE_CONCEPT, null);
		record("Retail Banking", today.minusDays(10), "Central AI team with a vertical team for cards.",
				MaturityPhase.PRODUCTIONIZING, MaturityPhase.PRODUCTIONIZING, MaturityPhase.PROVING_THE_CONCEPT,
				MaturityPhase.PRODUCTIONIZING, MaturityPhase.PROVING_THE_CONCEPT, MaturityPhase.PRODUCTIONIZING);
		record("Manufacturing", today.minusDays(30), "Visual inspection runs in two plants.",
				MaturityPhase.PRODUCTIONIZING, MaturityPhase.PROVING_THE_CONCEPT, MaturityPhase.PRODUCTIONIZING,
				MaturityPhase.PROVING_THE_CONCEPT, MaturityPhase.PROVING_THE_CONCEPT, MaturityPhase.PROVING_THE_CONCEPT);
		record("Logistics", today.minusDays(60), "Forecasting reused across warehouses.",
				MaturityPhase.PLATFORMIZING, MaturityPhase.PRODUCTIONIZING, MaturityPhase.PLATFORMIZING,
				MaturityPhase.PRODUCTIONIZING, MaturityPhase.PRODUCTIONIZING, MaturityPhase.PRODUCTIONIZING);
	}

	/** Phases in the order of {@link MaturityComponent}; null means not yet proving the concept. */
	private void record(String unitName, LocalDate on, String note, MaturityPhase... phases) {
		List<NewMaturityAssessment.Rating> ratings = new ArrayList<>();
		for (MaturityComponent component : MaturityComponent.values()) {
			ratings.add(new NewMaturityAssessment.Rating(component, phases[component.ordinal()], null));
		}
		maturity.record(businessUnits.findByName(unitName).orElseThrow().id(),
				new NewMaturityAssessment(on, note, ratings), SCIENTIST);
	}

	private void answer(InitiativeSummary initiative, ChecklistKind kind, String itemKey, AnswerStatus status, String note) {
		checklists.answerCurrent(initiative.id(), kind, itemKey, new AnswerInput(status, null, note, List.of()), SCIENTIST);
	}

	private InitiativeSummary byName(String name) {
		return initiatives.findByName(name).orElseThrow();
	}
}
