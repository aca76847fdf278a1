package io.cyclewise.notification;

import io.cyclewise.shared.DomainTerm;

/**
 * What a notification is about. Stored by name (no database CHECK), so a module that needs a new kind adds a
 * constant here and calls {@link Notifications#notify(NewNotification)}; its preference row and its default come
 * with it. A kind that is no longer known is delivered in-app only.
 */
public enum NotificationKind implements DomainTerm {

	CRITICAL_FLAG("A critical flag on an initiative you lead",
			"Raised with severity Critical by the risk engine.", DeliveryPreference.EMAIL),
	NEW_FLAG("A new flag on an initiative you lead", "Any other flag raised since the last scan.",
			DeliveryPreference.IN_APP),
	EVENT_TO_ACKNOWLEDGE("An event waits for your acknowledgement",
			"A context-change event was linked to an initiative you lead and is not acknowledged yet.",
			DeliveryPreference.IN_APP),
	REVIEW_DUE("Your review is due within 7 days", "The alignment review of an initiative you lead is due soon.",
			DeliveryPreference.IN_APP),
	REVIEW_OVERDUE("Your review is overdue", "The alignment review of an initiative you lead is past its due date.",
			DeliveryPreference.IN_APP),
	TOKEN_EXPIRING("One of your API tokens expires within 7 days",
			"Create a new token before it expires so your pipelines keep working.", DeliveryPreference.IN_APP),
	GATE_WAITING("A gate decision waits for you",
			"A lead requested a stage or phase gate; risk officers and administrators other than the requester decide it.",
			DeliveryPreference.IN_APP),
	GATE_DECIDED("A gate decision you requested was taken",
			"A risk officer or administrator approved or rejected your stage or phase gate request.",
			DeliveryPreference.IN_APP),
	EXECUTIVE_DIGEST("The weekly executive digest",
			"Every Monday for executives: flags raised and cleared, new context changes, gate decisions, the top 10 by risk.",
			DeliveryPreference.EMAIL);

	private final String label;
	private final String meaning;
	private final DeliveryPreference defaultDelivery;

	NotificationKind(String label, String meaning, DeliveryPreference defaultDelivery) {
		this.label = label;
		this.meaning = meaning;
		this.defaultDelivery = defaultDelivery;
	}

	/** Transitional (DomainTerm): the bundle holds the words; use Terms. */
	@Override
	public String label() {
		return label;
	}

	@Override
	public String meaning() {
		return meaning;
	}

	/**
	 * What a person gets who never chose: in-app only, plus an immediate e-mail for critical flags and the executive
	 * digest.
	 */
	public DeliveryPreference defaultDelivery() {
		return defaultDelivery;
	}
}
