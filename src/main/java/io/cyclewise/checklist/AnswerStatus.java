package io.cyclewise.checklist;

import io.cyclewise.shared.DomainTerm;

/** How far a checklist item holds for an initiative; "not applicable" always carries a reason. */
public enum AnswerStatus implements DomainTerm {
	MET("Met", "The check holds; the evidence says why."),
	PARTLY_MET("Partly met", "Some of it holds; for a necessary condition this still counts as not met."),
	NOT_MET("Not met", "The check does not hold."),
	NOT_APPLICABLE("Not applicable", "The check does not fit this initiative; the reason is recorded.");

	private final String label;
	private final String meaning;

	AnswerStatus(String label, String meaning) {
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

	/** Still work to do: not met or only partly met. */
	public boolean isOpen() {
		return this == PARTLY_MET || this == NOT_MET;
	}
}
