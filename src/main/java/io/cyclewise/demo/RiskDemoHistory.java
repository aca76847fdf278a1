package io.cyclewise.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.risk.AcceptRisk;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskFlagHistory;
import io.cyclewise.risk.RiskEngine;
import io.cyclewise.risk.RiskFlagService;
import io.cyclewise.risk.Severity;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo portfolio's last six months of risk: flags raised and later cleared, so the dashboards can show how
 * things changed over time. Synthetic, like all demo data; each story is one the papers describe.
 */
@Component
class RiskDemoHistory {

	private record Story(String initiative, String rule, String subject, Severity severity, String explanation,
			int raisedDaysAgo, int clearedDaysAgo) {
	}

	private static final List<Story> STORIES = List.of(
			new Story("Demand forecast", "TASK_CONTEXT_DRIFT", "history-data-check", Severity.CRITICAL,
					"The data check found the training data drifted from the operational data after the spring promotion.", 170, 150),
			new Story("Demand forecast", "UNREALISTIC_EXPECTATION", "history-expectation", Severity.WARNING,
					"Planners expected weekly accuracy ≥ 0.9 within two retraining iterations; four were needed.", 160, 110),
			new Story("Visual weld inspection", "INCONSISTENT_PERFORMANCE", "history-spread", Severity.WARNING,
					"Recall was 0.97 in Plant Lyon but 0.81 in Plant Porto after a lighting change.", 140, 120),
			new Story("Customer service chatbot", "EXTERNAL_ENVIRONMENT_CHANGE", "history-event", Severity.CRITICAL,
					"A new consumer-protection rule changed which answers the chatbot may give.", 130, 100),
			new Story("Customer service chatbot", "PACE_MISMATCH", "history-user", Severity.WARNING,
					"The ML Technology Cycle iterated every 14 days, the ML User Cycle every 365 days.", 180, 90),
			new Story("Fraud alert triage", "NON_TECHNICAL_WORK_OVERLOOKED", "history-retraining", Severity.WARNING,
					"Retraining was planned while no ML Trainer role was assigned.", 120, 75),
			new Story("Churn insight reports", "ORGANIZATIONAL_CONTEXT_CHANGE", "history-event", Severity.CRITICAL,
					"The data-science team was merged into the central analytics unit.", 110, 80),
			new Story("Email routing", "DIVERGENT_EXPECTATIONS", "history-metric", Severity.WARNING,
					"Team leads expected routing accuracy 0.95 by June, agents 0.80 by December.", 95, 60),
			new Story("Predictive maintenance advisor", "MECHANISM_CONDITION_MISMATCH", "history-mechanism", Severity.WARNING,
					"Process automation required integration with transactional systems, which was not met.", 90, 45),
			new Story("Complaint topic explorer", "TASK_CONTEXT_DRIFT", "history-data-check", Severity.WARNING,
					"No data check for 120 days while the model ran on live data.", 70, 40),
			new Story("Dynamic delivery slots", "TECHNOLOGY_CYCLE_OVER_FOCUS", "history-cycles", Severity.WARNING,
					"The ML Technology Cycle changed state 4 times while the other cycles stood still.", 60, 30),
			new Story("Route planning automation", "ORGANIZATIONAL_CONTEXT_CHANGE", "history-event", Severity.WARNING,
					"The transport planning department was restructured.", 45, 20),
			new Story("Credit limit advisor", "INCONSISTENT_PERFORMANCE", "history-gap", Severity.WARNING,
					"Operational precision in Region South was 18 % worse than on validation data.", 35, 12),
			new Story("Email routing", "TASK_CONTEXT_DRIFT", "history-data-check", Severity.CRITICAL,
					"The data check found drift after the product catalogue changed.", 25, 8));

	private final RiskFlagHistory history;
	private final RiskFlagService flags;
	private final RiskEngine engine;
	private final InitiativeService initiatives;
	private final Clock clock;

	RiskDemoHistory(RiskFlagHistory history, RiskFlagService flags, RiskEngine engine, InitiativeService initiatives,
			Clock clock) {
		this.history = history;
		this.flags = flags;
		this.engine = engine;
		this.initiatives = initiatives;
		this.clock = clock;
	}

	@EventListener(DemoPortfolioLoaded.class)
	@Order(100)
	void load() {
		Instant now = clock.instant();
		for (Story story : STORIES) {
			initiatives.findByName(story.initiative()).ifPresent(initiative -> history.recordPast(initiative.id(),
					new RiskFinding(story.rule(), story.subject(), story.severity(), story.explanation()),
					now.minus(Duration.ofDays(story.raisedDaysAgo())), now.minus(Duration.ofDays(story.clearedDaysAgo()))));
		}
		acceptUserPaceOfMortgageRobot();
	}

	/**
	 * One accepted risk, so executives see what a lead decided and until when. Flags are otherwise computed in the
	 * background; this one initiative's are computed now, so there is a flag to accept.
	 */
	private void acceptUserPaceOfMortgageRobot() {
		initiatives.findByName("Mortgage document robot").ifPresent(initiative -> {
			engine.recompute(initiative.id());
			acceptPaceMismatch(initiative.id());
		});
	}

	private void acceptPaceMismatch(long initiativeId) {
		flags.flagsOf(initiativeId)
			.stream().filter(view -> view.open() && view.rule().equals("PACE_MISMATCH")).findFirst()
			.ifPresent(view -> {
				AcceptRisk acceptance = new AcceptRisk("Back-office clerks change their process once a year by agreement "
						+ "with the works council; the model's fortnightly iterations are buffered by the product owner.",
						LocalDate.now(clock).plusDays(120));
				flags.accept(initiativeId, view.id(), acceptance, new CurrentUser("lead2", EnumSet.of(Role.PROJECT_LEAD)));
			});
	}
}
