package io.cyclewise.checklist;

import java.util.Set;

/**
 * Published after a context change put necessary-condition answers of these initiatives "to reassess" (one event
 * for all of them, so an organization-wide shock is one message); the risk engine recomputes their flags.
 */
public record ConditionsToReassess(Set<Long> initiativeIds) {

	public ConditionsToReassess {
		initiativeIds = Set.copyOf(initiativeIds);
	}
}
