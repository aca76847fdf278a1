package io.cyclewise.gate;

import io.cyclewise.shared.DomainTerm;

/** Where a gate request stands; only a pending one can be decided or withdrawn. */
public enum GateStatus implements DomainTerm {
	PENDING,
	APPROVED,
	REJECTED,
	WITHDRAWN
}
