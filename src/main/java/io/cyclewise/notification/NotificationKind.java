package io.cyclewise.notification;

import io.cyclewise.shared.DomainTerm;

/**
 * What a notification is about. Stored by name (no database CHECK), so a module that needs a new kind adds a
 * constant here and calls {@link Notifications#notify(NewNotification)}; its preference row and its default come
 * with it. A kind that is no longer known is delivered in-app only.
 */
public enum NotificationKind implements DomainTerm {

	CRITICAL_FLAG(DeliveryPreference.EMAIL),
	NEW_FLAG(DeliveryPreference.IN_APP),
	EVENT_TO_ACKNOWLEDGE(DeliveryPreference.IN_APP),
	REVIEW_DUE(DeliveryPreference.IN_APP),
	REVIEW_OVERDUE(DeliveryPreference.IN_APP),
	TOKEN_EXPIRING(DeliveryPreference.IN_APP),
	GATE_WAITING(DeliveryPreference.IN_APP),
	GATE_DECIDED(DeliveryPreference.IN_APP),
	EXECUTIVE_DIGEST(DeliveryPreference.EMAIL);

	private final DeliveryPreference defaultDelivery;

	NotificationKind(DeliveryPreference defaultDelivery) {
		this.defaultDelivery = defaultDelivery;
	}

	/**
	 * What a person gets who never chose: in-app only, plus an immediate e-mail for critical flags and the executive
	 * digest.
	 */
	public DeliveryPreference defaultDelivery() {
		return defaultDelivery;
	}
}
