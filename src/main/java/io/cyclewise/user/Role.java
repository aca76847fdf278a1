package io.cyclewise.user;

import io.cyclewise.shared.DomainTerm;

/** What a person may do in the portal. Enforced on the server (see security and each feature's permissions). */
public enum Role implements DomainTerm {
	PROJECT_LEAD("Project lead", "Registers initiatives and keeps the ones they lead current."),
	DATA_SCIENTIST("Data scientist", "Reads every initiative; works through necessary-condition checklists and records evidence."),
	EXECUTIVE("Executive", "Reads everything; sees the portfolio dashboards."),
	RISK_OFFICER("Risk officer", "Second line: decides stage and phase gate requests and reviews no-impact "
			+ "acknowledgements; reads everything."),
	ADMIN("Administrator", "Manages users and roles; may change everything.");

	private final String label;
	private final String description;

	Role(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return label;
	}

	public String description() {
		return description;
	}

	/** The Spring Security authority, e.g. {@code ROLE_PROJECT_LEAD}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
