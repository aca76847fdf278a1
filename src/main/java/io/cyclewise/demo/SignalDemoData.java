package io.cyclewise.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.InitiativeSummary;

import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.signal.AcknowledgementForm;
import io.cyclewise.signal.AcknowledgementOutcome;
import io.cyclewise.signal.CadenceForm;
import io.cyclewise.signal.CloseEventForm;
import io.cyclewise.signal.ContextChangeKind;
import io.cyclewise.signal.ContextEventForm;
import io.cyclewise.signal.ContextEventService;
import io.cyclewise.signal.DataCheckForm;
import io.cyclewise.signal.DataCheckResult;
import io.cyclewise.signal.MeasurementService;
import io.cyclewise.signal.ObservationForm;
import io.cyclewise.signal.ObservationSource;
import io.cyclewise.signal.ReviewForm;
import io.cyclewise.signal.ReviewOutcome;
import io.cyclewise.signal.ReviewService;
import io.cyclewise.signal.ScopeKind;
import io.cyclewise.signal.SignalFacts;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo signals that make the risk flags visible: drift and a user-context gap in the demand forecast after a
 * shock, a distant technology change at one plant, a stale data check, overdue reviews, and a review that
 * returned the chatbot to Effectuating Alignment.
 */
@Component
class SignalDemoData {

	private static final CurrentUser SCIENTIST = new CurrentUser("scientist", EnumSet.of(Role.DATA_SCIENTIST));
	private static final CurrentUser LEAD = new CurrentUser("lead", EnumSet.of(Role.PROJECT_LEAD));
	private static final CurrentUser LEAD2 = new CurrentUser("lead2", EnumSet.of(Role.PROJECT_LEAD));
	private static final CurrentUser EXECUTIVE = new CurrentUser("executive", EnumSet.of(Role.EXECUTIVE));

	private final MeasurementService measurements;
	private final ContextEventService events;
	private final ReviewService reviews;
	private final SignalFacts facts;
	private final InitiativeService initiatives;
	private final InitiativeService initiativeService;
	private final BusinessUnits businessUnits;
	private final TransactionTemplate transaction;
	private final Clock clock;

	SignalDemoData(MeasurementService measurements, ContextEventService events, ReviewService reviews,
			SignalFacts facts, InitiativeService initiatives, InitiativeService initiativeService, BusinessUnits businessUnits,
			TransactionTemplate transaction, Clock clock) {
		this.measurements = measurements;
		this.events = events;
		this.reviews = reviews;
		this.facts = facts;
		this.initiatives = initiatives;
		this.initiativeService = initiativeService;
		this.businessUnits = businessUnits;
		this.transaction = transaction;
		this.clock = clock;
	}

	@EventListener(DemoPortfolioLoaded.class)
	void load() {
		transaction.executeWithoutResult(status -> {
			LocalDate today = LocalDate.now(clock);
			demandForecast(today);
			weldInspection(today);
			chatbot(today);
			fraudTriage(today);
			organizationWide(today);
			reviewsAndCadences(today);
		});
	}

	private void demandForecast(LocalDate today) {
		long id = id("Demand forecast");
		for (String warehouse : List.of("Warehouse North", "Warehouse South", "Warehouse East")) {
			observe(id, "MAPE", false, warehouse, ObservationSource.TRAINING, "0.08", today.minusDays(120));
		}
		String[] south = { "0.09", "0.10", "0.12", "0.15", "0.17", "0.19", "0.21", "0.22" };
		for (int week = 0; week < 8; week++) {
			LocalDate date = today.minusDays(56 - 7L * week);
			observe(id, "MAPE", false, "Warehouse North", ObservationSource.OPERATIONAL, "0.0" + (8 + week % 2), date);
			observe(id, "MAPE", false, "Warehouse South", ObservationSource.OPERATIONAL, south[week], date);
			observe(id, "MAPE", false, "Warehouse East", ObservationSource.OPERATIONAL, "0.09", date);
		}
		check(id, today.minusDays(100), "Population stability index on 24 input features", DataCheckResult.CONSISTENT, "0.04");
		check(id, today.minusDays(10), "Population stability index on 24 input features", DataCheckResult.DRIFTED, "0.31");
		long strike = event(LEAD2, ContextChangeKind.SUDDEN_SHOCK, "Port strike disrupts inbound supply",
				"A six-week port strike changed order patterns overnight; demand history no longer describes the weeks ahead.",
				today.minusDays(40), ScopeKind.BUSINESS_UNITS, unit("Logistics"), null);
		acknowledge(id("Dynamic delivery slots"), strike, LEAD, AcknowledgementOutcome.NO_IMPACT,
				"No impact, because slot prices are re-estimated daily from the current bookings.");
	}

	private void weldInspection(LocalDate today) {
		long id = id("Visual weld inspection");
		observe(id, "Recall of faulty welds", true, "Plant Lyon", ObservationSource.TRAINING, "0.96", today.minusDays(300));
		observe(id, "Recall of faulty welds", true, "Plant Porto", ObservationSource.TRAINING, "0.95", today.minusDays(300));
		String[] porto = { "0.94", "0.93", "0.90", "0.86", "0.83", "0.81" };
		for (int month = 0; month < 6; month++) {
			LocalDate date = today.minusDays(180 - 30L * month);
			observe(id, "Recall of faulty welds", true, "Plant Lyon", ObservationSource.OPERATIONAL, "0.95", date);
			observe(id, "Recall of faulty welds", true, "Plant Porto", ObservationSource.OPERATIONAL, porto[month], date);
		}
		check(id, today.minusDays(200), "Image brightness and contrast histograms compared", DataCheckResult.CONSISTENT, "0.02");
		event(LEAD, ContextChangeKind.DISTANT_TECHNOLOGY_CHANGE, "Plant Porto switches camera supplier",
				"Procurement replaced the line cameras at Plant Porto; the images have another resolution and colour profile.",
				today.minusDays(75), ScopeKind.USER_CONTEXTS, null, "Plant Porto");
	}

	private void chatbot(LocalDate today) {
		long id = id("Customer service chatbot");
		observe(id, "Questions resolved without an agent", true, "Web chat", ObservationSource.TRAINING, "0.72", today.minusDays(90));
		observe(id, "Questions resolved without an agent", true, "Mobile app", ObservationSource.TRAINING, "0.71", today.minusDays(90));
		observe(id, "Questions resolved without an agent", true, "Web chat", ObservationSource.OPERATIONAL, "0.70", today.minusDays(30));
		observe(id, "Questions resolved without an agent", true, "Mobile app", ObservationSource.OPERATIONAL, "0.55", today.minusDays(30));
		observe(id, "Questions resolved without an agent", true, "Web chat", ObservationSource.OPERATIONAL, "0.69", today.minusDays(7));
		observe(id, "Questions resolved without an agent", true, "Mobile app", ObservationSource.OPERATIONAL, "0.52", today.minusDays(7));
		DataCheckForm form = DataCheckForm.blank(today.minusDays(20), "Sam Scientist");
		form.setMethod("Topic distribution of transcripts vs. training set");
		form.setResult(DataCheckResult.NOT_CHECKED);
		form.setNote("No labelled mobile-app transcripts yet.");
		measurements.recordDataCheck(id, form, SCIENTIST);
		review(id, LEAD, today.minusDays(5), "Product owner, ML trainer, two contact-centre ambassadors",
				ReviewOutcome.RETURN_TO_EARLIER_PHASE, "Collect and label mobile-app conversations; re-run the pilot there.",
				AlignmentPhase.EFFECTUATING, "Mobile app users resolve far fewer questions than expected: back to the reality check.");
	}

	private void fraudTriage(LocalDate today) {
		long id = id("Fraud alert triage");
		observe(id, "Precision of blocked alerts", true, "Card payments", ObservationSource.TRAINING, "0.88", today.minusDays(60));
		observe(id, "Precision of blocked alerts", true, "Online banking", ObservationSource.TRAINING, "0.86", today.minusDays(60));
		observe(id, "Precision of blocked alerts", true, "Card payments", ObservationSource.OPERATIONAL, "0.87", today.minusDays(14));
		observe(id, "Precision of blocked alerts", true, "Online banking", ObservationSource.OPERATIONAL, "0.84", today.minusDays(14));
		check(id, today.minusDays(6), "Kolmogorov–Smirnov test on transaction amounts and merchant codes", DataCheckResult.CONSISTENT, "0.05");
	}

	/** Recorded by an executive for everyone, answered by each lead, then closed. */
	private void organizationWide(LocalDate today) {
		long act = event(EXECUTIVE, ContextChangeKind.GRADUAL_CHANGE, "New transparency obligations for AI systems",
				"Regulation now requires that people are told when they interact with an AI system and how decisions are supported.",
				today.minusDays(150), ScopeKind.ORGANIZATION, null, null);
		for (InitiativeSummary initiative : initiatives.all()) {
			boolean affected = facts.unacknowledgedEvents(initiative.id()).stream().anyMatch(e -> e.eventId() == act);
			if (affected && !List.of("Email routing", "Mortgage document robot").contains(initiative.name())) {
				String lead = initiativeService.get(initiative.id()).lead().username();
				acknowledge(initiative.id(), act, lead.equals("lead") ? LEAD : LEAD2,
						transparencyOutcome(initiative.name()), transparencyResponse(initiative.name()));
			}
		}
		CloseEventForm close = new CloseEventForm();
		close.setVersion(0L); // just recorded: nobody else changed it
		close.setNote("Obligations assessed for every initiative in operation.");
		events.close(act, close, EXECUTIVE);
	}

	/**
	 * Most initiatives judged the act irrelevant to the model; two did more, and have the evidence for it: the fraud
	 * triage recalibrated its explanations (data check afterwards), the chatbot's review returned it to Effectuating.
	 */
	private static AcknowledgementOutcome transparencyOutcome(String initiative) {
		return switch (initiative) {
			case "Fraud alert triage" -> AcknowledgementOutcome.RETRAINED_OR_RECALIBRATED;
			case "Customer service chatbot" -> AcknowledgementOutcome.RETURNED_TO_EARLIER_PHASE;
			default -> AcknowledgementOutcome.NO_IMPACT;
		};
	}

	private static String transparencyResponse(String initiative) {
		return switch (initiative) {
			case "Fraud alert triage" -> "Recalibrated the alert scores so each blocked payment names its main reasons.";
			case "Customer service chatbot" -> "The chatbot must say it is an AI; the review sent it back to the reality check.";
			default -> "Checked: users are informed in the interface; no retraining needed.";
		};
	}

	private void reviewsAndCadences(LocalDate today) {
		cadence(id("Churn insight reports"), LEAD, 90);
		review(id("Churn insight reports"), LEAD, today.minusDays(150), "Product managers, data scientist",
				ReviewOutcome.CONTINUE, "Keep the quarterly report; add the new savings product.", null, null);
		cadence(id("Complaint topic explorer"), LEAD, 60);
		review(id("Complaint topic explorer"), LEAD, today.minusDays(70), "Contact-centre managers Madrid and Berlin",
				ReviewOutcome.ADJUST, "Merge two overlapping topics; weekly instead of daily refresh.", null, null);
		cadence(id("Fraud alert triage"), LEAD2, 30);
		review(id("Fraud alert triage"), LEAD2, today.minusDays(10), "Fraud analysts, ML trainer",
				ReviewOutcome.ADJUST, "Retrain every 7 days during the holiday season.", null, null);
		cadence(id("Demand forecast"), LEAD2, 30);
		review(id("Demand forecast"), LEAD2, today.minusDays(45), "Planners North, South and East; data scientist",
				ReviewOutcome.CONTINUE, "No change; watch Warehouse South.", null, null);
	}

	private long id(String name) {
		return initiatives.findByName(name).orElseThrow().id();
	}

	private List<Long> unit(String name) {
		return List.of(businessUnits.findByName(name).orElseThrow().id());
	}

	private void observe(long id, String metric, boolean higherIsBetter, String context, ObservationSource source,
			String value, LocalDate on) {
		ObservationForm form = ObservationForm.blank(on);
		form.setMetric(metric);
		form.setHigherIsBetter(higherIsBetter);
		form.setUserContext(context);
		form.setSource(source);
		form.setValue(new BigDecimal(value));
		measurements.recordObservation(id, form, SCIENTIST);
	}

	private void check(long id, LocalDate on, String method, DataCheckResult result, String driftScore) {
		DataCheckForm form = DataCheckForm.blank(on, "Sam Scientist");
		form.setMethod(method);
		form.setResult(result);
		form.setDriftScore(new BigDecimal(driftScore));
		measurements.recordDataCheck(id, form, SCIENTIST);
	}

	private long event(CurrentUser who, ContextChangeKind kind, String title, String description, LocalDate on,
			ScopeKind scope, List<Long> units, String contexts) {
		ContextEventForm form = ContextEventForm.blank(on, scope);
		form.setKind(kind);
		form.setTitle(title);
		form.setDescription(description);
		if (units != null) {
			form.setBusinessUnitIds(units);
		}
		form.setUserContexts(contexts);
		return events.record(form, who);
	}

	private void acknowledge(long initiativeId, long eventId, CurrentUser who, AcknowledgementOutcome outcome,
			String response) {
		AcknowledgementForm form = new AcknowledgementForm();
		form.setOutcome(outcome);
		form.setResponse(response);
		form.setVersion(0L); // a link is only changed by its acknowledgement
		events.acknowledge(initiativeId, eventId, form, who);
	}

	private void cadence(long id, CurrentUser who, int days) {
		CadenceForm form = new CadenceForm();
		form.setCadenceDays(days);
		reviews.setCadence(id, form, who);
	}

	private void review(long id, CurrentUser who, LocalDate on, String participants, ReviewOutcome outcome,
			String decisions, AlignmentPhase returnTo, String reason) {
		ReviewForm form = ReviewForm.blank(on, initiativeService.get(id).version());
		form.setParticipants(participants);
		form.setOutcome(outcome);
		form.setDecisions(decisions);
		form.setReturnToPhase(returnTo);
		form.setReturnReason(reason);
		reviews.record(id, form, who);
	}
}
