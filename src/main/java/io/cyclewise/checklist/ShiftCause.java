package io.cyclewise.checklist;

import io.cyclewise.shared.DomainTerm;

/** The JSIS 2022 value-creation study: whether a shift came from inside the organization or from its environment. */
public enum ShiftCause implements DomainTerm {
	INTERNAL("Internal", "Capabilities, infrastructure or the organization changed."),
	EXTERNAL("External", "The environment changed, e.g. COVID-19 made consumer behaviour unstable, or legal requirements changed.");

	private final String label;
	private final String meaning;

	ShiftCause(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String meaning() {
		return meaning;
	}
}
