package io.cyclewise.signal;

import java.util.Arrays;
import java.util.List;

import io.cyclewise.shared.DomainTerm;

/** The forms of each context change that the ML-based capability alignment study names (its Table of structural characteristics). */
public enum ContextChangeKind implements DomainTerm {
	DATA_MISMATCH(ContextChangeType.TASK_CONTEXT),
	USER_CONTEXT_PERFORMANCE_GAP(ContextChangeType.TASK_CONTEXT),
	OTHER_TASK_CHANGE(ContextChangeType.TASK_CONTEXT),
	RESTRUCTURING(ContextChangeType.ORGANIZATIONAL_CONTEXT),
	PERSONNEL_CHANGE(ContextChangeType.ORGANIZATIONAL_CONTEXT),
	DISTANT_TECHNOLOGY_CHANGE(ContextChangeType.ORGANIZATIONAL_CONTEXT),
	SUDDEN_SHOCK(ContextChangeType.EXTERNAL_ENVIRONMENT),
	GRADUAL_CHANGE(ContextChangeType.EXTERNAL_ENVIRONMENT);

	private final ContextChangeType type;

	ContextChangeKind(ContextChangeType type) {
		this.type = type;
	}

	public ContextChangeType type() {
		return type;
	}

	public static List<ContextChangeKind> of(ContextChangeType type) {
		return Arrays.stream(values()).filter(kind -> kind.type == type).toList();
	}
}
