package io.cyclewise.signal;

import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study: a context change hits the whole organization, some business units, or some user contexts. */
public enum ScopeKind implements DomainTerm {
	ORGANIZATION,
	BUSINESS_UNITS,
	USER_CONTEXTS
}
