package io.cyclewise.signal.alert;

import io.cyclewise.signal.SignalPermissions;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alertmanager's webhook receiver: drift alerts become data checks, or task-context events, of the initiative named
 * by the alert's labels (see docs/integrations.md).
 */
@RestController
@Tag(name = "Alertmanager", description = "Prometheus Alertmanager webhook receiver for drift and performance alerts")
class AlertmanagerApiController {

	private final AlertReceiver receiver;

	AlertmanagerApiController(AlertReceiver receiver) {
		this.receiver = receiver;
	}

	@PostMapping("/api/v1/alertmanager")
	@Operation(summary = "Receive an Alertmanager notification", description = "Alertmanager's webhook body, version "
			+ "4, with a read-write token of a data scientist (data checks), a project lead (events for initiatives "
			+ "they lead) or an administrator. Labels: initiative (id or exact name), cyclewise_signal (data_check "
			+ "or context_event), alertname / metric, user_context, drift_score. Answers 200 with one receipt per "
			+ "alert: recorded, duplicate (a re-sent notification), nothing recorded or rejected with reasons; a body "
			+ "that is not an Alertmanager notification gets 400.")
	AlertReport receive(@RequestBody AlertmanagerPayload payload, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		// Executives record only organization-wide events, never one initiative's alert: nothing here for them.
		if (!SignalPermissions.canRecordMeasurements(user) && !user.has(Role.PROJECT_LEAD)) {
			throw new AccessDeniedException("Alerts are recorded as data checks (data scientists and administrators) "
					+ "or as context changes of an initiative (its project lead); this token's owner may record neither.");
		}
		AlertmanagerShape.check(payload);
		return receiver.receive(payload, user);
	}
}
