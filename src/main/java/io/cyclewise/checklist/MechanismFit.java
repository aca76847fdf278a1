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
 * @param toReassess required conditions answered "met" that a context change put to reassess; they count as missing
 */
public record MechanismFit(ValueCreationMechanism current, List<NecessaryCondition> required,
		List<NecessaryCondition> met, List<NecessaryCondition> missing, List<NecessaryCondition> unassessed,
		MechanismType supportedType, ValueCreationMechanism suggestedMechanism, List<NecessaryCondition> toReassess) {

	public MechanismFit {
		required = List.copyOf(required);
		met = List.copyOf(met);
		missing = List.copyOf(missing);
		unassessed = List.copyOf(unassessed);
		toReassess = List.copyOf(toReassess);
	}

	/**
	 * A condition is to reassess and the conditions still met support another mechanism: the JSIS 2022
	 * value-creation study's COVID-19 case, where a shock forced a shift from autonomous agent back to augmentation.
	 */
	public boolean shiftSuggested() {
		return !toReassess.isEmpty() && suggestedMechanism != null && suggestedMechanism != current;
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
