package io.cyclewise.maturity;

import io.cyclewise.shared.DomainTerm;

/** The implementing-and-scaling AI study: the three phases of implementing and scaling AI in an organization. */
public enum MaturityPhase implements DomainTerm {
	PROVING_THE_CONCEPT,
	PRODUCTIONIZING,
	PLATFORMIZING
}
