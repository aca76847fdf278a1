package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/** States of the ML User Cycle (the ML-based capability alignment study; the values are the domain brief's operationalization). */
public enum UserCycleState implements DomainTerm {
	IDENTIFIED,
	ENGAGED,
	PILOTING,
	ADOPTING,
	ROUTINIZED,
	DISENGAGING
}
