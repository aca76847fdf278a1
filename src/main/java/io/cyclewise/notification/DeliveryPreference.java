package io.cyclewise.notification;

import io.cyclewise.shared.DomainTerm;

/** How a person wants one kind of notification. Every choice but {@link #OFF} keeps it in the inbox. */
public enum DeliveryPreference implements DomainTerm {

	IN_APP,
	EMAIL,
	DAILY_DIGEST,
	WEEKLY_DIGEST,
	OFF
}
