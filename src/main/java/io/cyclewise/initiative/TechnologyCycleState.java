package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/** States of the ML Technology Cycle (the ML-based capability alignment study; the values are the domain brief's operationalization). */
public enum TechnologyCycleState implements DomainTerm {
	EXPLORING,
	PROTOTYPING,
	VALIDATING,
	DEPLOYED,
	RETRAINING,
	RETIRED
}
