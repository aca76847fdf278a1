package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/** Papineni & Lind (2023): five lifecycle stages taken from the literature; an initiative in operation is past all five. */
public enum LifecycleStage implements DomainTerm {
	REQUIREMENTS_ANALYSIS,
	DATA_MANAGEMENT,
	BENCHMARKING_METRICS,
	USER_ACCEPTANCE_TESTING,
	PRIVACY_POLICY,
	IN_OPERATION
}
