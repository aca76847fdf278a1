package io.cyclewise.initiative;

import java.util.List;
import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study: an ML-based capability is three interacting cycles, each with successive states and a pace. */
public enum Cycle implements DomainTerm {
	ORGANIZATION(List.of(OrganizationCycleState.values())),
	TECHNOLOGY(List.of(TechnologyCycleState.values())),
	USER(List.of(UserCycleState.values()));

	private final List<DomainTerm> states;

	Cycle(List<DomainTerm> states) {
		this.states = states;
	}

	public List<DomainTerm> states() {
		return states;
	}

	/** This cycle's state with the stored name. */
	public DomainTerm state(String name) {
		return states.stream().filter(state -> state.name().equals(name)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException(name + " is not a state of the " + name() + " cycle."));
	}
}
