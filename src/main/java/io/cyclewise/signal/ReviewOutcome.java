package io.cyclewise.signal;

import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study, sustaining alignment: what a review concluded. */
public enum ReviewOutcome implements DomainTerm {
	CONTINUE,
	ADJUST,
	RETURN_TO_EARLIER_PHASE
}
