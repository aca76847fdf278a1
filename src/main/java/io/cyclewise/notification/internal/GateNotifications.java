package io.cyclewise.notification.internal;

import io.cyclewise.notification.NotificationKind;

import io.cyclewise.notification.NewNotification;

import io.cyclewise.notification.Notifications;

import java.util.List;
import java.util.Locale;

import io.cyclewise.gate.GateDecided;
import io.cyclewise.gate.GateRequested;
import io.cyclewise.gate.GateVerdict;
import io.cyclewise.shared.Terms;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells risk officers and administrators that a gate request waits for them (never the requester, who may not
 * decide it), and the requester that their request was decided. Runs after the gate's transaction committed. The
 * texts are stored in each recipient's language.
 */
@Component
class GateNotifications {

	private final Notifications notifications;
	private final UserDirectory users;
	private final MessageSource messages;
	private final Terms terms;

	GateNotifications(Notifications notifications, UserDirectory users, MessageSource messages, Terms terms) {
		this.notifications = notifications;
		this.users = users;
		this.messages = messages;
		this.terms = terms;
	}

	@ApplicationModuleListener
	void on(GateRequested requested) {
		String link = "/gates/" + requested.requestId();
		List<NewNotification> toDeciders = users.enabledUsernamesWithAnyRole(Role.RISK_OFFICER, Role.ADMIN).stream()
			.filter(username -> !username.equals(requested.requestedBy()))
			.map(username -> {
				Locale locale = users.localeOf(username);
				return new NewNotification(username, NotificationKind.GATE_WAITING, "gate:" + requested.requestId(),
						messages.getMessage("notification.gate.requested.title",
								new Object[] { terms.label(requested.kind(), locale), requested.initiativeName() }, locale),
						messages.getMessage("notification.gate.requested.text",
								new Object[] { requested.step(), nameOf(requested.requestedBy()) }, locale),
						link);
			})
			.toList();
		notifications.notifyAll(toDeciders);
	}

	@ApplicationModuleListener
	void on(GateDecided decided) {
		Locale locale = users.localeOf(decided.requestedBy());
		String verdict = messages.getMessage(decided.verdict() == GateVerdict.APPROVED ? "notification.gate.approved"
				: "notification.gate.rejected", null, locale);
		notifications.notify(new NewNotification(decided.requestedBy(), NotificationKind.GATE_DECIDED,
				"gate:" + decided.requestId(),
				messages.getMessage("notification.gate.decided.title",
						new Object[] { terms.label(decided.kind(), locale), verdict, decided.initiativeName() }, locale),
				messages.getMessage("notification.gate.decided.text",
						new Object[] { decided.step(), verdict, nameOf(decided.decidedBy()), decided.comment() }, locale),
				"/gates/" + decided.requestId()));
	}

	private String nameOf(String username) {
		return users.displayNameOf(username);
	}
}
