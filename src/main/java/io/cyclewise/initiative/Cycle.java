package io.cyclewise.initiative;

import java.util.List;
import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study: an ML-based capability is three interacting cycles, each with successive states and a pace. */
public enum Cycle implements DomainTerm {
	ORGANIZATION("ML Organization Cycle",
			"The social subsystem that controls resources, processes, rules and competencies: management, the ML team, their structures and roles.",
			List.of(OrganizationCycleState.values())),
	TECHNOLOGY("ML Technology Cycle",
			"The successive states and configurations of data, ML models, infrastructure and code; experimental by nature.",
			List.of(TechnologyCycleState.values())),
	USER("ML User Cycle", "The human agents who interact with or benefit from the capability, their states and roles.",
			List.of(UserCycleState.values()));

	private final String label;
	private final String meaning;
	private final List<DomainTerm> states;

	Cycle(String label, String meaning, List<DomainTerm> states) {
		this.label = label;
		this.meaning = meaning;
		this.states = states;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String meaning() {
		return meaning;
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
