package io.cyclewise.checklist;

import java.util.List;

import io.cyclewise.initiative.MechanismType;
import io.cyclewise.initiative.ValueCreationMechanism;

/**
 * The JSIS 2022 value-creation study's central finding applied to one initiative: the conditions its current mechanism requires, which of
 * them are met, missing (answered, but not met or only partly met) or not yet assessed, and the mechanism the met
 * conditions support.
 *
 * @param supportedType the rightmost mechanism type whose cumulative conditions are all met; null if not even
 * knowledge creation's two are
 * @param suggestedMechanism the subtype of {@code supportedType} to suggest: the current mechanism if it is of that
 * type, else the nearest subtype in the paper's order 1, 2a, 2b, 3a, 3b; null with {@code supportedType}
 */
public record MechanismFit(ValueCreationMechanism current, List<NecessaryCondition> required,
		List<NecessaryCondition> met, List<NecessaryCondition> missing, List<NecessaryCondition> unassessed,
		MechanismType supportedType, ValueCreationMechanism suggestedMechanism) {

	public MechanismFit {
		required = List.copyOf(required);
		met = List.copyOf(met);
		missing = List.copyOf(missing);
		unassessed = List.copyOf(unassessed);
	}

	/** The "mechanism–condition mismatch": the current mechanism requires a condition that is not met. */
	public boolean mismatch() {
		return !missing.isEmpty();
	}

	/** Every required condition is met. */
	public boolean fits() {
		return met.size() == required.size();
	}

	/** The met conditions support a mechanism further right than the current one (a possible shift). */
	public boolean supportsShiftToTheRight() {
		return supportedType != null && supportedType.ordinal() > current.type().ordinal();
	}

	/** E.g. "5/8": required conditions met out of required. */
	public String completion() {
		return met.size() + "/" + required.size();
	}
}
