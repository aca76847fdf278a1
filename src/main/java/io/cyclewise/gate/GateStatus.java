package io.cyclewise.gate;

import io.cyclewise.shared.DomainTerm;

/** Where a gate request stands; only a pending one can be decided or withdrawn. */
public enum GateStatus implements DomainTerm {
	PENDING("Pending", "Waits for a risk officer's or an administrator's decision."),
	APPROVED("Approved", "The initiative moved forward with the decision."),
	REJECTED("Rejected", "The initiative stays where it is; the comment says why."),
	WITHDRAWN("Withdrawn", "The requester took the request back, e.g. to renew it after a change.");

	private final String label;
	private final String meaning;

	GateStatus(String label, String meaning) {
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
