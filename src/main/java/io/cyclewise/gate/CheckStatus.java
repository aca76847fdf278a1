package io.cyclewise.gate;

import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.shared.DomainTerm;

/** The state of one check at a gate; "satisfied" ones need no waiver. */
public enum CheckStatus implements DomainTerm {
	MET(true),
	NOT_APPLICABLE(true),
	PARTLY_MET(false),
	NOT_MET(false),
	NOT_ASSESSED(false),
	TO_REASSESS(false),
	REVIEW_RECORDED(true),
	NO_REVIEW(false);

	private final boolean satisfied;

	CheckStatus(boolean satisfied) {
		this.satisfied = satisfied;
	}

	public boolean isSatisfied() {
		return satisfied;
	}

	/** A checklist answer as a gate sees it: a met condition marked "to reassess" does not count as met. */
	public static CheckStatus of(AnswerStatus answer, boolean toReassess) {
		if (answer == null) {
			return NOT_ASSESSED;
		}
		return switch (answer) {
			case MET -> toReassess ? TO_REASSESS : MET;
			case NOT_APPLICABLE -> NOT_APPLICABLE;
			case PARTLY_MET -> PARTLY_MET;
			case NOT_MET -> NOT_MET;
		};
	}

	public String badgeClass() {
		return switch (this) {
			case MET, REVIEW_RECORDED -> "text-bg-success";
			case NOT_APPLICABLE -> "text-bg-secondary";
			case PARTLY_MET, TO_REASSESS -> "text-bg-warning";
			case NOT_MET, NO_REVIEW -> "text-bg-danger";
			case NOT_ASSESSED -> "text-bg-light border";
		};
	}
}
