package io.cyclewise.checklist;

import io.cyclewise.shared.DomainTerm;

/** How far a checklist item holds for an initiative; "not applicable" always carries a reason. */
public enum AnswerStatus implements DomainTerm {
	MET,
	PARTLY_MET,
	NOT_MET,
	NOT_APPLICABLE;

	/** Still work to do: not met or only partly met. */
	public boolean isOpen() {
		return this == PARTLY_MET || this == NOT_MET;
	}
}
