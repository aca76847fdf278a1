package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/**
 * What a history row is about. Every change of these is a new dated row (who, when, from, to, why), so an edit
 * never loses the earlier value.
 */
public enum Aspect {
	REGISTERED("Registered", null),
	NAME("Name", null),
	PURPOSE("Purpose", null),
	BUSINESS_UNIT("Business unit", null),
	USER_CONTEXTS("User contexts", null),
	LEAD("Lead", null),
	ALIGNMENT_PHASE("Alignment phase", AlignmentPhase.class),
	LIFECYCLE_STAGE("Lifecycle stage", LifecycleStage.class),
	MECHANISM("Value-creation mechanism", ValueCreationMechanism.class),
	ORGANIZATION_CYCLE_STATE("ML Organization Cycle state", OrganizationCycleState.class, Cycle.ORGANIZATION, CyclePart.STATE),
	ORGANIZATION_CYCLE_NOTE("ML Organization Cycle note", null, Cycle.ORGANIZATION, CyclePart.NOTE),
	ORGANIZATION_CYCLE_PACE("ML Organization Cycle pace (days)", null, Cycle.ORGANIZATION, CyclePart.PACE),
	TECHNOLOGY_CYCLE_STATE("ML Technology Cycle state", TechnologyCycleState.class, Cycle.TECHNOLOGY, CyclePart.STATE),
	TECHNOLOGY_CYCLE_NOTE("ML Technology Cycle note", null, Cycle.TECHNOLOGY, CyclePart.NOTE),
	TECHNOLOGY_CYCLE_PACE("ML Technology Cycle pace (days)", null, Cycle.TECHNOLOGY, CyclePart.PACE),
	USER_CYCLE_STATE("ML User Cycle state", UserCycleState.class, Cycle.USER, CyclePart.STATE),
	USER_CYCLE_NOTE("ML User Cycle note", null, Cycle.USER, CyclePart.NOTE),
	USER_CYCLE_PACE("ML User Cycle pace (days)", null, Cycle.USER, CyclePart.PACE),
	EXPECTATION_ADDED("Expectation added", null),
	EXPECTATION_WITHDRAWN("Expectation withdrawn", null),
	/** A gate request, its decision or its withdrawal; from/to are the labels of the step, e.g. "Data management". */
	GATE_DECISION("Gate decision", null);

	/** The tracked parts of a cycle's standing (its "since" date follows its state and is not tracked itself). */
	public enum CyclePart {
		STATE, NOTE, PACE
	}

	private final String label;
	private final Class<? extends Enum<?>> valueType;
	private final Cycle cycle;
	private final CyclePart cyclePart;

	Aspect(String label, Class<? extends Enum<?>> valueType) {
		this(label, valueType, null, null);
	}

	Aspect(String label, Class<? extends Enum<?>> valueType, Cycle cycle, CyclePart cyclePart) {
		this.label = label;
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

	public String label() {
		return label;
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

	/** Transitional (other modules' pages): the words to show for a stored value, in English. */
	public String display(String value) {
		if (value == null || valueType == null) {
			return value;
		}
		for (Enum<?> constant : valueType.getEnumConstants()) {
			if (constant.name().equals(value) && constant instanceof DomainTerm term) {
				return term.label();
			}
		}
		return value;
	}
}
