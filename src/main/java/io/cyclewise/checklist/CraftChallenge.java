package io.cyclewise.checklist;

import io.cyclewise.shared.DomainTerm;

/** Hopf, Müller, Shollo & Thiess: the five challenges of managing craft and mechanical data-science work, along the project lifecycle. */
public enum CraftChallenge implements DomainTerm {
	SCOPING("Scoping: inflated management expectations", "Management sees data science as plannable, mechanical work."),
	PLANNING("Planning: AI managed like a traditional IT project", "The fuzzy front end decides; plans give an illusion of control."),
	EXECUTION("Execution: missing data input and output links to existing systems", "Models that cannot read or write where the work happens."),
	RESULTS("Results: the question of “why”", "Users and managers ask why the model says what it says."),
	OPERATION("Operation: dynamic environments", "Data drifts; models that are never updated fail (Google Flu Trends).");

	private final String label;
	private final String meaning;

	CraftChallenge(String label, String meaning) {
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
