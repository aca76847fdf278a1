package io.cyclewise.signal.alert;

import java.util.HashMap;
import java.util.List;

import io.cyclewise.shared.RequestValidation;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * Whether a body is an Alertmanager notification at all: the version we read and the fields Alertmanager always
 * sends. A body failing this gets 400 as a whole; an alert that is well-formed but cannot be recorded (no initiative,
 * say) is only reported, so one bad alert does not make Alertmanager retry its whole group.
 */
final class AlertmanagerShape {

	private AlertmanagerShape() {
	}

	/** @throws io.cyclewise.shared.InvalidRequestException naming every missing or unsupported part */
	static void check(AlertmanagerPayload payload) {
		Errors errors = new MapBindingResult(new HashMap<>(), "alertmanager");
		if (!AlertmanagerPayload.SUPPORTED_VERSION.equals(payload.version())) {
			errors.rejectValue("version", "unsupported", "Only version “" + AlertmanagerPayload.SUPPORTED_VERSION
					+ "” of Alertmanager's webhook payload is supported (what current Alertmanager releases send); this body "
					+ (payload.version() == null ? "has no version." : "has version “" + shortened(payload.version()) + "”."));
		}
		List<AlertmanagerPayload.Alert> alerts = payload.alerts();
		if (alerts == null) {
			errors.rejectValue("alerts", "missing", "An Alertmanager notification lists its alerts in “alerts”.");
		}
		else {
			for (int index = 0; index < alerts.size(); index++) {
				check(alerts.get(index), "alerts[" + index + "].", errors);
			}
		}
		RequestValidation.throwIfInvalid(errors);
	}

	private static void check(AlertmanagerPayload.Alert alert, String path, Errors errors) {
		if (alert == null) {
			errors.rejectValue(path + "status", "missing", "An alert is an object, not null.");
			return;
		}
		if (!AlertmanagerPayload.Alert.FIRING.equals(alert.status())
				&& !AlertmanagerPayload.Alert.RESOLVED.equals(alert.status())) {
			errors.rejectValue(path + "status", "unknown", "An alert's status is “firing” or “resolved”.");
		}
		if (alert.labels() == null) {
			errors.rejectValue(path + "labels", "missing", "An alert carries its labels.");
		}
		if (alert.startsAt() == null) {
			errors.rejectValue(path + "startsAt", "missing", "An alert has a start time (RFC 3339).");
		}
		if (alert.fingerprint() == null || alert.fingerprint().isBlank()) {
			errors.rejectValue(path + "fingerprint", "missing", "An alert has a fingerprint (Alertmanager's hash of its labels).");
		}
		else if (alert.fingerprint().length() > 200) {
			errors.rejectValue(path + "fingerprint", "tooLong", "A fingerprint has at most 200 characters.");
		}
	}

	private static String shortened(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}
}
