package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/**
 * What a history row is about. Every change of these is a new dated row (who, when, from, to, why), so an edit
 * never loses the earlier value. Its words are {@code term.Aspect.<NAME>} in the initiative bundle.
 */
public enum Aspect implements DomainTerm {
	REGISTERED(null),
	NAME(null),
	PURPOSE(null),
	BUSINESS_UNIT(null),
	USER_CONTEXTS(null),
	LEAD(null),
	ALIGNMENT_PHASE(AlignmentPhase.class),
	LIFECYCLE_STAGE(LifecycleStage.class),
	MECHANISM(ValueCreationMechanism.class),
	ORGANIZATION_CYCLE_STATE(OrganizationCycleState.class, Cycle.ORGANIZATION, CyclePart.STATE),
	ORGANIZATION_CYCLE_NOTE(null, Cycle.ORGANIZATION, CyclePart.NOTE),
	ORGANIZATION_CYCLE_PACE(null, Cycle.ORGANIZATION, CyclePart.PACE),
	TECHNOLOGY_CYCLE_STATE(TechnologyCycleState.class, Cycle.TECHNOLOGY, CyclePart.STATE),
	TECHNOLOGY_CYCLE_NOTE(null, Cycle.TECHNOLOGY, CyclePart.NOTE),
	TECHNOLOGY_CYCLE_PACE(null, Cycle.TECHNOLOGY, CyclePart.PACE),
	USER_CYCLE_STATE(UserCycleState.class, Cycle.USER, CyclePart.STATE),
	USER_CYCLE_NOTE(null, Cycle.USER, CyclePart.NOTE),
	USER_CYCLE_PACE(null, Cycle.USER, CyclePart.PACE),
	EXPECTATION_ADDED(null),
	EXPECTATION_WITHDRAWN(null),
	/** A gate request, its decision or its withdrawal; from/to are the labels of the step, e.g. "Data management". */
	GATE_DECISION(null);

	/** The tracked parts of a cycle's standing (its "since" date follows its state and is not tracked itself). */
	public enum CyclePart {
		STATE, NOTE, PACE
	}

	private final Class<? extends Enum<?>> valueType;
	private final Cycle cycle;
	private final CyclePart cyclePart;

	Aspect(Class<? extends Enum<?>> valueType) {
		this(valueType, null, null);
	}

	Aspect(Class<? extends Enum<?>> valueType, Cycle cycle, CyclePart cyclePart) {
		this.valueType = valueType;
		this.cycle = cycle;
		this.cyclePart = cyclePart;
	}

	/** The aspect that tracks one part of one cycle, e.g. the ML Technology Cycle's state. */
	public static Aspect of(Cycle cycle, CyclePart part) {
		for (Aspect aspect : values()) {
			if (aspect.cycle == cycle && aspect.cyclePart == part) {
				return aspect;
			}
		}
		throw new IllegalArgumentException("No aspect tracks " + part + " of " + cycle + ".");
	}

	/** The domain term a stored value stands for (e.g. a phase's code), or null for free text and unknown codes. */
	public DomainTerm term(String value) {
		if (value == null || valueType == null) {
			return null;
		}
		for (Enum<?> constant : valueType.getEnumConstants()) {
			if (constant.name().equals(value) && constant instanceof DomainTerm term) {
				return term;
			}
		}
		return null;
	}
}
