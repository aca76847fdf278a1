package io.cyclewise.signal.alert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.shared.RequestValidation;
import io.cyclewise.signal.CloseEventForm;
import io.cyclewise.signal.ContextEventForm;
import io.cyclewise.signal.ContextEventService;
import io.cyclewise.signal.DataCheckForm;
import io.cyclewise.signal.MeasurementService;
import io.cyclewise.signal.event.ContextEvent;
import io.cyclewise.signal.support.Submissions;
import io.cyclewise.user.CurrentUser;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.server.ResponseStatusException;

/**
 * Records each alert of an Alertmanager notification as a data check or a context-change event, through the same
 * services, permissions and validation as the pages. Each alert is stored in its own transaction (the services'),
 * so one that cannot be recorded is reported without losing the others, and nothing of a rejected one is stored.
 */
@Service
class AlertReceiver {

	private static final Log log = LogFactory.getLog(AlertReceiver.class);

	private final InitiativeService initiatives;
	private final MeasurementService measurements;
	private final ContextEventService events;
	private final RequestValidation validation;
	private final Clock clock;

	AlertReceiver(InitiativeService initiatives, MeasurementService measurements, ContextEventService events,
			RequestValidation validation, Clock clock) {
		this.initiatives = initiatives;
		this.measurements = measurements;
		this.events = events;
		this.validation = validation;
		this.clock = clock;
	}

	AlertReport receive(AlertmanagerPayload payload, CurrentUser user) {
		List<AlertReceipt> receipts = new ArrayList<>();
		for (int index = 0; index < payload.alerts().size(); index++) {
			receipts.add(receive(index, payload.alerts().get(index), payload.receiver(), user));
		}
		// Alertmanager only logs the status; the reasons for a refused alert are logged here for whoever runs the portal.
		// Label values are the sender's text: line breaks are flattened so they cannot forge log lines.
		receipts.stream().filter(AlertReceipt::isRejected).forEach(receipt -> log.warn(("Alertmanager alert "
				+ receipt.fingerprint() + " (group " + payload.groupKey() + ") not recorded: " + receipt.reasons())
			.replaceAll("[\\r\\n]+", " ")));
		return AlertReport.of(payload, receipts);
	}

	private AlertReceipt receive(int index, AlertmanagerPayload.Alert alert, String receiver, CurrentUser user) {
		String reference = alert.label(AlertLabels.INITIATIVE);
		if (reference == null) {
			return AlertReceipt.rejected(index, alert, List.of("label `initiative` missing"));
		}
		Optional<InitiativeSummary> initiative = initiative(reference);
		if (initiative.isEmpty()) {
			return AlertReceipt.rejected(index, alert, List.of("label `initiative` is “" + reference
					+ "”: no initiative has this id or exactly this name"));
		}
		String signal = Optional.ofNullable(alert.label(AlertLabels.SIGNAL)).orElse(AlertLabels.DATA_CHECK);
		try {
			return switch (signal) {
				case AlertLabels.DATA_CHECK -> dataCheck(index, alert, receiver, initiative.get(), user);
				case AlertLabels.CONTEXT_EVENT -> alert.firing() ? openEvent(index, alert, initiative.get(), user)
						: closeEvent(index, alert, user);
				default -> AlertReceipt.rejected(index, alert, List.of("label `cyclewise_signal` is “" + signal
						+ "”; use `data_check` (the default) or `context_event`"));
			};
		}
		catch (AccessDeniedException | ResponseStatusException exception) {
			return AlertReceipt.rejected(index, alert, List.of(exception instanceof ResponseStatusException status
					? status.getReason() : exception.getMessage()));
		}
		catch (DataIntegrityViolationException exception) {
			// The same alert recorded by a parallel notification between our check and our insert.
			if (Submissions.isDuplicate(exception)) {
				return AlertReceipt.duplicate(index, alert);
			}
			throw exception;
		}
	}

	private AlertReceipt dataCheck(int index, AlertmanagerPayload.Alert alert, String receiver, InitiativeSummary initiative,
			CurrentUser user) {
		measurements.measurable(initiative.id(), user);
		AlertForms.Prepared<DataCheckForm> prepared = AlertForms.dataCheck(alert, receiver, clock.getZone());
		Errors errors = validation.validate(prepared.form(), "dataCheck");
		measurements.validate(prepared.form(), errors);
		Optional<AlertReceipt> refused = refusal(index, alert, prepared.problems(), errors);
		if (refused.isPresent()) {
			return refused.get();
		}
		long id = measurements.recordDataCheck(initiative.id(), prepared.form(), user);
		return AlertReceipt.recorded(index, alert, "recorded data check " + id);
	}

	private AlertReceipt openEvent(int index, AlertmanagerPayload.Alert alert, InitiativeSummary initiative, CurrentUser user) {
		events.mayOpenEventForm(user);
		AlertForms.Prepared<ContextEventForm> prepared = AlertForms.contextEvent(alert, initiative, clock.getZone());
		Errors errors = validation.validate(prepared.form(), "contextEvent");
		events.validate(prepared.form(), user, errors);
		Optional<AlertReceipt> refused = refusal(index, alert, prepared.problems(), errors);
		if (refused.isPresent()) {
			return refused.get();
		}
		long id = events.record(prepared.form(), user);
		return AlertReceipt.recorded(index, alert, "recorded event " + id);
	}

	/** Closes the event that this alert's firing opened, if it is still open; otherwise says why nothing changed. */
	private AlertReceipt closeEvent(int index, AlertmanagerPayload.Alert alert, CurrentUser user) {
		UUID opening = AlertForms.submissionId(alert, AlertmanagerPayload.Alert.FIRING);
		Optional<ContextEvent> opened = events.eventOfSubmission(opening);
		if (opened.isEmpty()) {
			return AlertReceipt.nothingRecorded(index, alert, "no event was recorded when this alert fired (fingerprint "
					+ alert.fingerprint() + ", since " + alert.startsAt().toInstant() + "), so there is none to close");
		}
		ContextEvent event = events.requireCloser(opened.get().getId(), user);
		if (!event.isOpen()) {
			return AlertReceipt.nothingRecorded(index, alert, "event " + event.getId() + " is already closed");
		}
		CloseEventForm form = AlertForms.close(alert, event.getVersion());
		Errors errors = validation.validate(form, "closeEvent");
		Optional<AlertReceipt> refused = refusal(index, alert, List.of(), errors);
		if (refused.isPresent()) {
			return refused.get();
		}
		try {
			events.close(event.getId(), form, user);
		}
		catch (StaleEditException closedMeanwhile) {
			return AlertReceipt.nothingRecorded(index, alert, "event " + event.getId() + " was closed meanwhile");
		}
		return AlertReceipt.recorded(index, alert, "closed event " + event.getId());
	}

	/** A duplicate, or a rejection listing what the forms' validation and the mapping found. */
	private static Optional<AlertReceipt> refusal(int index, AlertmanagerPayload.Alert alert, List<String> problems,
			Errors errors) {
		if (errors.getGlobalErrors().stream().anyMatch(error -> "duplicate".equals(error.getCode()))) {
			return Optional.of(AlertReceipt.duplicate(index, alert));
		}
		List<String> reasons = new ArrayList<>(problems);
		for (FieldError error : errors.getFieldErrors()) {
			reasons.add(AlertForms.ALERT_TERMS.getOrDefault(error.getField(), error.getField()) + ": "
					+ error.getDefaultMessage());
		}
		for (ObjectError error : errors.getGlobalErrors()) {
			reasons.add(error.getDefaultMessage());
		}
		return reasons.isEmpty() ? Optional.empty() : Optional.of(AlertReceipt.rejected(index, alert, reasons));
	}

	/** By id, else by exact name; never a near match, which could file a check under the wrong initiative. */
	private Optional<InitiativeSummary> initiative(String reference) {
		Optional<InitiativeSummary> byId = Optional.empty();
		if (reference.matches("\\d{1,18}")) {
			byId = initiatives.find(Long.valueOf(reference));
		}
		return byId.or(() -> initiatives.findByName(reference)
			.filter(initiative -> initiative.name().equals(reference))
			.flatMap(initiative -> initiatives.find(initiative.id())));
	}
}
