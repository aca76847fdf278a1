package io.cyclewise.notification;

import java.util.List;

import io.cyclewise.gate.GateDecided;
import io.cyclewise.gate.GateRequested;
import io.cyclewise.gate.GateVerdict;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells risk officers and administrators that a gate request waits for them (never the requester, who may not
 * decide it), and the requester that their request was decided. Runs after the gate's transaction committed.
 */
@Component
class GateNotifications {

	private final Notifications notifications;
	private final UserDirectory users;

	GateNotifications(Notifications notifications, UserDirectory users) {
		this.notifications = notifications;
		this.users = users;
	}

	@ApplicationModuleListener
	void on(GateRequested requested) {
		String link = "/gates/" + requested.requestId();
		List<NewNotification> toDeciders = users.enabledUsernamesWithAnyRole(Role.RISK_OFFICER, Role.ADMIN).stream()
			.filter(username -> !username.equals(requested.requestedBy()))
			.map(username -> new NewNotification(username, NotificationKind.GATE_WAITING,
					"gate:" + requested.requestId(), requested.kind().label() + " requested: " + requested.initiativeName(),
					requested.step() + ", requested by " + nameOf(requested.requestedBy()) + ".", link))
			.toList();
		notifications.notifyAll(toDeciders);
	}

	@ApplicationModuleListener
	void on(GateDecided decided) {
		String verdict = decided.verdict() == GateVerdict.APPROVED ? "approved" : "rejected";
		notifications.notify(new NewNotification(decided.requestedBy(), NotificationKind.GATE_DECIDED,
				"gate:" + decided.requestId(),
				decided.kind().label() + " " + verdict + ": " + decided.initiativeName(),
				decided.step() + " — " + verdict + " by " + nameOf(decided.decidedBy()) + ": " + decided.comment(),
				"/gates/" + decided.requestId()));
	}

	private String nameOf(String username) {
		return users.displayNameOf(username);
	}
}
