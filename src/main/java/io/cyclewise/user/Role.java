package io.cyclewise.user;

import io.cyclewise.shared.DomainTerm;

/** What a person may do in the portal. Enforced on the server (see security and each feature's permissions). */
public enum Role implements DomainTerm {
	PROJECT_LEAD("Registers initiatives and keeps the ones they lead current."),
	DATA_SCIENTIST("Reads every initiative; works through necessary-condition checklists and records evidence."),
	EXECUTIVE("Reads everything; sees the portfolio dashboards."),
	RISK_OFFICER("Second line: decides stage and phase gate requests and reviews no-impact "
			+ "acknowledgements; reads everything."),
	ADMIN("Manages users and roles; may change everything.");

	private final String description;

	Role(String description) {
		this.description = description;
	}

	public String description() {
		return description;
	}

	/** The Spring Security authority, e.g. {@code ROLE_PROJECT_LEAD}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
