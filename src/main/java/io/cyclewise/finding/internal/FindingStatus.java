package io.cyclewise.finding.internal;

import io.cyclewise.shared.DomainTerm;

/** OPEN → REMEDIATING → CLOSED; closing needs a verification by someone other than the owner. */
public enum FindingStatus implements DomainTerm {
	OPEN, REMEDIATING, CLOSED
}
