package io.cyclewise.signal;

import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study, context sensitivity: the three kinds of context change an MLbC is vulnerable to. */
public enum ContextChangeType implements DomainTerm {
	TASK_CONTEXT,
	ORGANIZATIONAL_CONTEXT,
	EXTERNAL_ENVIRONMENT
}
