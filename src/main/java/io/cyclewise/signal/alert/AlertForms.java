package io.cyclewise.signal.alert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.signal.CloseEventForm;
import io.cyclewise.signal.ContextChangeKind;
import io.cyclewise.signal.ContextEventForm;
import io.cyclewise.signal.DataCheckForm;
import io.cyclewise.signal.DataCheckResult;
import io.cyclewise.signal.EventScope;
import io.cyclewise.signal.ScopeKind;

/**
 * Turns an alert into the forms a person would fill in; the forms' own validation then judges them. Text from
 * Alertmanager is cut to the fields' lengths (a rule's long description should not make its alert unrecordable);
 * a value that cannot be read, such as a drift score that is not a number, is reported instead.
 */
final class AlertForms {

	/** Alertmanager's "no end yet": the zero time of Go. */
	private static final int NO_END_YEAR = 1;

	private AlertForms() {
	}

	/**
	 * The same alert notified again (Alertmanager re-sends a firing group every {@code repeat_interval}, and a resolved
	 * one until it is dropped) gets the same id, so the forms' unique submission id stores it once.
	 */
	static UUID submissionId(AlertmanagerPayload.Alert alert, String status) {
		String name = "alertmanager\n" + alert.fingerprint() + "\n" + alert.startsAt().toInstant() + "\n" + status;
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

	record Prepared<F>(F form, List<String> problems) {
	}

	static Prepared<DataCheckForm> dataCheck(AlertmanagerPayload.Alert alert, String receiver, ZoneId zone) {
		List<String> problems = new ArrayList<>();
		DataCheckForm form = new DataCheckForm();
		form.setSubmissionId(submissionId(alert, alert.status()));
		form.setResult(alert.firing() ? DataCheckResult.DRIFTED : DataCheckResult.CONSISTENT);
		form.setCheckedOn(alert.firing() ? date(alert.startsAt(), zone) : resolvedOn(alert, zone));
		form.setCheckedBy(fit(receiver == null || receiver.isBlank() ? "Alertmanager"
				: "Alertmanager (receiver " + receiver.trim() + ")", 120));
		form.setMethod(method(alert));
		form.setDriftScore(driftScore(alert, problems));
		form.setNote(fit(note(alert), 1000));
		return new Prepared<>(form, problems);
	}

	/**
	 * A task-context change that reaches the alert's initiative: scoped to the named {@code user_context} (a
	 * performance gap there), else to all the initiative's user contexts (training data no longer matching).
	 * Initiatives serving the same user contexts are reached too; that is how the portal scopes task-context changes.
	 */
	static Prepared<ContextEventForm> contextEvent(AlertmanagerPayload.Alert alert, InitiativeSummary initiative, ZoneId zone) {
		List<String> problems = new ArrayList<>();
		String userContext = alert.label(AlertLabels.USER_CONTEXT);
		List<String> contexts = initiative.userContexts();
		ContextEventForm form = new ContextEventForm();
		form.setSubmissionId(submissionId(alert, alert.status()));
		form.setScope(ScopeKind.USER_CONTEXTS);
		if (userContext != null) {
			form.setKind(ContextChangeKind.USER_CONTEXT_PERFORMANCE_GAP);
			form.setUserContexts(userContext);
			if (contexts.stream().map(EventScope::normalize).noneMatch(EventScope.normalize(userContext)::equals)) {
				problems.add("label `user_context` is “" + userContext + "”, which “" + initiative.name()
						+ "” does not serve; its user contexts: " + (contexts.isEmpty() ? "none" : String.join(", ", contexts)) + ".");
			}
		}
		else {
			form.setKind(ContextChangeKind.DATA_MISMATCH);
			form.setUserContexts(String.join("\n", contexts));
			if (contexts.isEmpty()) {
				problems.add("“" + initiative.name() + "” serves no user context, so a task-context change cannot be "
						+ "scoped to it; set label `user_context` or add user contexts to the initiative.");
			}
		}
		String summary = alert.annotation(AlertLabels.SUMMARY);
		form.setTitle(fit(summary != null ? summary : method(alert) + " fired for " + initiative.name(), 150));
		form.setDescription(fit(note(alert), 4000));
		form.setOccurredOn(date(alert.startsAt(), zone));
		return new Prepared<>(form, problems);
	}

	static CloseEventForm close(AlertmanagerPayload.Alert alert, long version) {
		CloseEventForm form = new CloseEventForm();
		form.setVersion(version);
		form.setNote(fit("Resolved in Alertmanager" + (hasEnd(alert) ? " at " + alert.endsAt().toInstant() : "")
				+ " (fingerprint " + alert.fingerprint() + ").", 1000));
		return form;
	}

	/** What was measured: the alert's name, and the metric when the rule names one. */
	static String method(AlertmanagerPayload.Alert alert) {
		String name = alert.label(AlertLabels.ALERT_NAME);
		String metric = alert.label(AlertLabels.METRIC);
		String method = name == null ? metric : metric == null ? name : name + " on " + metric;
		return method == null ? null : fit(method, 300);
	}

	private static BigDecimal driftScore(AlertmanagerPayload.Alert alert, List<String> problems) {
		String text = alert.labelOrAnnotation(AlertLabels.DRIFT_SCORE);
		if (text == null) {
			return null;
		}
		try {
			BigDecimal score = new BigDecimal(text);
			// Prometheus renders {{ $value }} with every digit; the portal keeps six after the point.
			return score.scale() > 6 ? score.setScale(6, RoundingMode.HALF_UP) : score;
		}
		catch (NumberFormatException exception) {
			problems.add("`drift_score` is “" + fit(text, 40) + "”, not a number such as 0.27.");
			return null;
		}
	}

	/** The rule's summary and description, the user context, and where the alert came from. */
	private static String note(AlertmanagerPayload.Alert alert) {
		List<String> parts = new ArrayList<>();
		for (String text : new String[] { alert.annotation(AlertLabels.SUMMARY), alert.annotation(AlertLabels.DESCRIPTION) }) {
			if (text != null && !parts.contains(text)) {
				parts.add(text);
			}
		}
		if (parts.isEmpty()) {
			parts.add("Alertmanager alert “" + (method(alert) == null ? "unnamed" : method(alert)) + "” " + alert.status() + ".");
		}
		String userContext = alert.label(AlertLabels.USER_CONTEXT);
		if (userContext != null) {
			parts.add("User context: " + userContext + ".");
		}
		parts.add("Alertmanager fingerprint " + alert.fingerprint() + ", firing since " + alert.startsAt().toInstant()
				+ (alert.generatorURL() == null || alert.generatorURL().isBlank() ? "." : "; source: " + alert.generatorURL().trim()));
		return String.join("\n", parts);
	}

	private static LocalDate resolvedOn(AlertmanagerPayload.Alert alert, ZoneId zone) {
		return hasEnd(alert) ? date(alert.endsAt(), zone) : date(alert.startsAt(), zone);
	}

	private static boolean hasEnd(AlertmanagerPayload.Alert alert) {
		return alert.endsAt() != null && alert.endsAt().getYear() > NO_END_YEAR;
	}

	/** The portal's calendar day of the instant, as its forms' "not in the future" checks count days. */
	private static LocalDate date(OffsetDateTime time, ZoneId zone) {
		return LocalDate.ofInstant(time.toInstant(), zone);
	}

	private static String fit(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

	/** How a form field is called in the alert's terms, for rejection reasons. */
	static final Map<String, String> ALERT_TERMS = Map.of("method", "labels `alertname` / `metric`", "driftScore",
			"`drift_score`", "checkedOn", "startsAt / endsAt", "occurredOn", "startsAt", "checkedBy", "receiver",
			"scope", "initiative scope", "userContexts", "label `user_context`", "title", "annotation `summary`",
			"description", "annotations `summary` / `description`", "note", "annotations `summary` / `description`");
}
