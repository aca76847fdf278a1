package io.cyclewise.initiative;

import java.time.LocalDate;
import io.cyclewise.shared.DomainTerm;

/** The current state of one cycle: state, a short note, since when, and its pace (expected cadence in days). */
public record CycleStatus(Cycle cycle, DomainTerm state, String note, LocalDate since, int paceDays) {

	public CycleStatus {
		if (state != null && !cycle.states().contains(state)) {
			throw new IllegalArgumentException(state + " is not a state of the " + cycle.name() + " cycle.");
		}
	}

	/** The state as its cycle's own enum, e.g. {@code status.state(TechnologyCycleState.class)}. */
	public <S extends DomainTerm> S state(Class<S> type) {
		return type.cast(state);
	}
}
