package io.cyclewise.signal;

import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study, task context change: where a measurement came from, so training and live performance can be compared. */
public enum ObservationSource implements DomainTerm {
	TRAINING,
	OPERATIONAL
}
