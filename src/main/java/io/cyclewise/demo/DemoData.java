package io.cyclewise.demo;

import java.util.List;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.OrganizationCycleState;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.initiative.UserCycleState;
import io.cyclewise.initiative.ValueCreationMechanism;

import static io.cyclewise.initiative.AlignmentPhase.EFFECTUATING;
import static io.cyclewise.initiative.AlignmentPhase.REINITIATING;
import static io.cyclewise.initiative.AlignmentPhase.SUSTAINING;
import static io.cyclewise.initiative.LifecycleStage.BENCHMARKING_METRICS;
import static io.cyclewise.initiative.LifecycleStage.DATA_MANAGEMENT;
import static io.cyclewise.initiative.LifecycleStage.IN_OPERATION;
import static io.cyclewise.initiative.LifecycleStage.PRIVACY_POLICY;
import static io.cyclewise.initiative.LifecycleStage.REQUIREMENTS_ANALYSIS;
import static io.cyclewise.initiative.LifecycleStage.USER_ACCEPTANCE_TESTING;
import static io.cyclewise.initiative.ValueCreationMechanism.HIGH_DISCRETION_TASK_AUGMENTATION;
import static io.cyclewise.initiative.ValueCreationMechanism.INTELLIGENT_PRODUCTS_AND_SERVICES;
import static io.cyclewise.initiative.ValueCreationMechanism.KNOWLEDGE_CREATION;
import static io.cyclewise.initiative.ValueCreationMechanism.LOW_DISCRETION_TASK_AUGMENTATION;
import static io.cyclewise.initiative.ValueCreationMechanism.PROCESS_AUTOMATION;

/** The demo portfolio: every alignment phase, every mechanism, four business units, leads with several initiatives. */
final class DemoData {

	static final String PASSWORD = "cyclewise";

	record DemoUser(String username, String displayName, String roles) {
	}

	record DemoUnit(String name, String description) {
	}

	record DemoInitiative(String name, String purpose, String unit, String userContexts, String lead,
			AlignmentPhase phase, LifecycleStage stage, ValueCreationMechanism mechanism,
			OrganizationCycleState organization, int organizationPace, int organizationSinceDaysAgo,
			TechnologyCycleState technology, int technologyPace, int technologySinceDaysAgo,
			UserCycleState user, int userPace, int userSinceDaysAgo) {
	}

	static final List<DemoUser> USERS = List.of(
			new DemoUser("admin", "Ada Admin", "ADMIN"),
			new DemoUser("lead", "Lena Lead", "PROJECT_LEAD"),
			new DemoUser("lead2", "Luis Lead", "PROJECT_LEAD"),
			new DemoUser("scientist", "Sam Scientist", "DATA_SCIENTIST"),
			new DemoUser("executive", "Eve Executive", "EXECUTIVE"),
			new DemoUser("risk", "Rita Risk Officer", "RISK_OFFICER"));

	static final List<DemoUnit> UNITS = List.of(
			new DemoUnit("Retail Banking", "Consumer accounts, cards and lending."),
			new DemoUnit("Manufacturing", "Plants, quality and maintenance."),
			new DemoUnit("Customer Service", "Contact centres and self-service channels."),
			new DemoUnit("Logistics", "Warehousing, transport and demand planning."));

	static final List<DemoInitiative> INITIATIVES = List.of(
			new DemoInitiative("Churn insight reports", "Explain why customers close accounts, for product managers.",
					"Retail Banking", "Young adults, Private banking", "lead", SUSTAINING, IN_OPERATION, KNOWLEDGE_CREATION,
					OrganizationCycleState.ESTABLISHED, 90, 400, TechnologyCycleState.DEPLOYED, 30, 120,
					UserCycleState.ROUTINIZED, 180, 300),
			new DemoInitiative("Credit limit advisor", "Suggest credit limits that analysts choose from.",
					"Retail Banking", "Region North, Region South", "lead", EFFECTUATING, USER_ACCEPTANCE_TESTING,
					HIGH_DISCRETION_TASK_AUGMENTATION, OrganizationCycleState.STAFFED, 60, 200,
					TechnologyCycleState.VALIDATING, 30, 40, UserCycleState.PILOTING, 90, 30),
			new DemoInitiative("Fraud alert triage", "Prescribe which card alerts to block; analysts may overrule.",
					"Retail Banking", "Card payments, Online banking", "lead2", SUSTAINING, IN_OPERATION,
					LOW_DISCRETION_TASK_AUGMENTATION, OrganizationCycleState.ROUTINIZING, 90, 250,
					TechnologyCycleState.RETRAINING, 7, 5, UserCycleState.ADOPTING, 180, 200),
			new DemoInitiative("Mortgage document robot", "Read and file mortgage documents without a clerk.",
					"Retail Banking", "Mortgage back office", "lead2", REINITIATING, DATA_MANAGEMENT, PROCESS_AUTOMATION,
					OrganizationCycleState.FORMING, 90, 60, TechnologyCycleState.PROTOTYPING, 14, 20,
					UserCycleState.IDENTIFIED, 365, 60),
			new DemoInitiative("Visual weld inspection", "Reject faulty welds on the line automatically.",
					"Manufacturing", "Plant Lyon, Plant Porto", "lead", SUSTAINING, IN_OPERATION, PROCESS_AUTOMATION,
					OrganizationCycleState.ESTABLISHED, 60, 500, TechnologyCycleState.DEPLOYED, 30, 60,
					UserCycleState.ROUTINIZED, 90, 400),
			new DemoInitiative("Predictive maintenance advisor", "Predict pump failures; technicians plan repairs.",
					"Manufacturing", "Plant Lyon", "lead2", EFFECTUATING, BENCHMARKING_METRICS,
					HIGH_DISCRETION_TASK_AUGMENTATION, OrganizationCycleState.STAFFED, 180, 120,
					TechnologyCycleState.VALIDATING, 7, 25, UserCycleState.ENGAGED, 365, 90),
			new DemoInitiative("Scrap root-cause analysis", "Describe which process parameters drive scrap.",
					"Manufacturing", "Plant Porto", "lead", REINITIATING, REQUIREMENTS_ANALYSIS, KNOWLEDGE_CREATION,
					OrganizationCycleState.FORMING, 60, 30, TechnologyCycleState.EXPLORING, 30, 30,
					UserCycleState.IDENTIFIED, 60, 30),
			new DemoInitiative("Customer service chatbot", "Answer customers' questions in the web chat.",
					"Customer Service", "Web chat, Mobile app", "lead", SUSTAINING, IN_OPERATION,
					INTELLIGENT_PRODUCTS_AND_SERVICES, OrganizationCycleState.ROUTINIZING, 56, 200,
					TechnologyCycleState.DEPLOYED, 14, 45, UserCycleState.ADOPTING, 56, 150),
			new DemoInitiative("Email routing", "Route incoming emails to the right team; agents may re-route.",
					"Customer Service", "Email channel", "lead2", EFFECTUATING, PRIVACY_POLICY,
					LOW_DISCRETION_TASK_AUGMENTATION, OrganizationCycleState.STAFFED, 90, 100,
					TechnologyCycleState.DEPLOYED, 30, 20, UserCycleState.PILOTING, 90, 20),
			new DemoInitiative("Complaint topic explorer", "Show managers the topics behind complaints each week.",
					"Customer Service", "Contact centre Madrid, Contact centre Berlin", "lead", SUSTAINING, IN_OPERATION,
					KNOWLEDGE_CREATION, OrganizationCycleState.ESTABLISHED, 28, 300, TechnologyCycleState.DEPLOYED, 7, 60,
					UserCycleState.ROUTINIZED, 28, 200),
			new DemoInitiative("Demand forecast", "Forecast weekly demand per warehouse for planners.",
					"Logistics", "Warehouse North, Warehouse South, Warehouse East", "lead2", SUSTAINING, IN_OPERATION,
					HIGH_DISCRETION_TASK_AUGMENTATION, OrganizationCycleState.ESTABLISHED, 28, 400,
					TechnologyCycleState.DEPLOYED, 7, 10, UserCycleState.ROUTINIZED, 365, 300),
			new DemoInitiative("Dynamic delivery slots", "Price delivery slots for customers automatically.",
					"Logistics", "Home delivery customers", "lead", EFFECTUATING, USER_ACCEPTANCE_TESTING,
					INTELLIGENT_PRODUCTS_AND_SERVICES, OrganizationCycleState.STAFFED, 30, 90,
					TechnologyCycleState.VALIDATING, 14, 15, UserCycleState.PILOTING, 30, 15),
			new DemoInitiative("Route planning automation", "Plan truck routes without a dispatcher.",
					"Logistics", "Regional transport", "lead2", REINITIATING, BENCHMARKING_METRICS, PROCESS_AUTOMATION,
					OrganizationCycleState.RESTRUCTURING, 60, 20, TechnologyCycleState.PROTOTYPING, 30, 50,
					UserCycleState.ENGAGED, 90, 40),
			new DemoInitiative("Warehouse slotting insights", "Explain which product placements slow picking.",
					"Logistics", "Warehouse North", "lead", REINITIATING, REQUIREMENTS_ANALYSIS, KNOWLEDGE_CREATION,
					OrganizationCycleState.FORMING, 60, 10, TechnologyCycleState.EXPLORING, 30, 10,
					UserCycleState.IDENTIFIED, 90, 10));

	private DemoData() {
	}
}
