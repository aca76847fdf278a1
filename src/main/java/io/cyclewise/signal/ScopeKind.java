package io.cyclewise.signal;

import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study: a context change hits the whole organization, some business units, or some user contexts. */
public enum ScopeKind implements DomainTerm {
	ORGANIZATION("The whole organization"),
	BUSINESS_UNITS("Business unit(s)"),
	USER_CONTEXTS("User context(s)");

	private final String label;

	ScopeKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
