package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/** States of the ML Organization Cycle (the ML-based capability alignment study; the values are the domain brief's operationalization). */
public enum OrganizationCycleState implements DomainTerm {
	FORMING,
	STAFFED,
	ROUTINIZING,
	ESTABLISHED,
	RESTRUCTURING
}
