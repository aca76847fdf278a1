package io.cyclewise.checklist;

import io.cyclewise.shared.DomainTerm;

/** Hopf, Müller, Shollo & Thiess: the five challenges of managing craft and mechanical data-science work, along the project lifecycle. */
public enum CraftChallenge implements DomainTerm {
	SCOPING,
	PLANNING,
	EXECUTION,
	RESULTS,
	OPERATION
}
