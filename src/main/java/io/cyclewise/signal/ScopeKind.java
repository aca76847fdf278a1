package io.cyclewise.signal;

/** The ML-based capability alignment study: a context change hits the whole organization, some business units, or some user contexts. */
public enum ScopeKind {
	ORGANIZATION("The whole organization"),
	BUSINESS_UNITS("Business unit(s)"),
	USER_CONTEXTS("User context(s)");

	private final String label;

	ScopeKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
