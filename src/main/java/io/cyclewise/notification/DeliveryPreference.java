package io.cyclewise.notification;

import io.cyclewise.shared.DomainTerm;

/** How a person wants one kind of notification. Every choice but {@link #OFF} keeps it in the inbox. */
public enum DeliveryPreference implements DomainTerm {

	IN_APP("In the inbox only", "Shown under the bell; no e-mail."),
	EMAIL("E-mail immediately", "In the inbox and sent by e-mail right away."),
	DAILY_DIGEST("Daily digest", "In the inbox and listed in one e-mail each morning."),
	WEEKLY_DIGEST("Weekly digest", "In the inbox and listed in one e-mail each Monday morning."),
	OFF("Off", "Not created at all.");

	private final String label;
	private final String meaning;

	DeliveryPreference(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
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
}
