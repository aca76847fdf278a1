package io.cyclewise.signal;

import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study task context change / Hopf, Müller, Shollo & Thiess data drift: does the training data still match the operational data? */
public enum DataCheckResult implements DomainTerm {
	CONSISTENT,
	DRIFTED,
	NOT_CHECKED
}
