package io.cyclewise.notification.internal;

import io.cyclewise.notification.DeliveryPreference;

import io.cyclewise.notification.NotificationKind;

import io.cyclewise.notification.Notifications;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's delivery choice per kind. Only choices that differ from the kind's default are stored. */
@Service
class NotificationPreferences {

	private final JdbcClient jdbc;

	NotificationPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Map<NotificationKind, DeliveryPreference> of(String username) {
		Map<NotificationKind, DeliveryPreference> preferences = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			preferences.put(kind, kind.defaultDelivery());
		}
		jdbc.sql("SELECT kind, delivery FROM notification_preference WHERE recipient = ?")
			.param(Notifications.recipientOf(username))
			.query((rs, row) -> {
				for (NotificationKind kind : NotificationKind.values()) {
					if (kind.name().equals(rs.getString("kind"))) {
						preferences.put(kind, DeliveryPreference.valueOf(rs.getString("delivery")));
					}
				}
				return null;
			}).list();
		return preferences;
	}

	/** Joins the caller's transaction, so the address and the choices are saved together. */
	@Transactional
	void save(String username, Map<NotificationKind, DeliveryPreference> choices) {
		String recipient = Notifications.recipientOf(username);
		choices.forEach((kind, delivery) -> {
			if (delivery == kind.defaultDelivery()) {
				jdbc.sql("DELETE FROM notification_preference WHERE recipient = ? AND kind = ?").params(recipient, kind.name())
					.update();
			}
			else {
				jdbc.sql("""
						INSERT INTO notification_preference (recipient, kind, delivery) VALUES (?, ?, ?)
						ON CONFLICT (recipient, kind) DO UPDATE SET delivery = excluded.delivery
						""").params(recipient, kind.name(), delivery.name()).update();
			}
		});
	}
}
