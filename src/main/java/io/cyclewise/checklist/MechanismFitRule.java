package io.cyclewise.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.cyclewise.initiative.MechanismType;
import io.cyclewise.initiative.ValueCreationMechanism;

/**
 * Plain rule (no Spring, no database): which mechanism the met necessary conditions support, and whether the
 * current mechanism lacks one. Only {@link AnswerStatus#MET} counts as met: a necessary condition that is partly
 * met does not let the mechanism deliver.
 */
public final class MechanismFitRule {

	private MechanismFitRule() {
	}

	/**
	 * @param answers the current status per condition; a condition without an entry has not been assessed
	 */
	public static MechanismFit evaluate(ValueCreationMechanism current, Map<NecessaryCondition, AnswerStatus> answers) {
		List<NecessaryCondition> required = NecessaryCondition.requiredFor(current);
		List<NecessaryCondition> met = new ArrayList<>();
		List<NecessaryCondition> missing = new ArrayList<>();
		List<NecessaryCondition> unassessed = new ArrayList<>();
		for (NecessaryCondition condition : required) {
			AnswerStatus status = answers.get(condition);
			if (status == null) {
				unassessed.add(condition);
			}
			else if (status == AnswerStatus.MET) {
				met.add(condition);
			}
			else {
				missing.add(condition);
			}
		}
		MechanismType supported = supportedType(answers);
		return new MechanismFit(current, required, met, missing, unassessed, supported, suggest(current, supported));
	}

	/** The rightmost type whose cumulative conditions are all met (conditions are cumulative left to right). */
	static MechanismType supportedType(Map<NecessaryCondition, AnswerStatus> answers) {
		MechanismType supported = null;
		for (MechanismType type : MechanismType.values()) {
			boolean allMet = NecessaryCondition.requiredFor(type).stream()
				.allMatch(condition -> answers.get(condition) == AnswerStatus.MET);
			if (!allMet) {
				break;
			}
			supported = type;
		}
		return supported;
	}

	private static ValueCreationMechanism suggest(ValueCreationMechanism current, MechanismType supported) {
		if (supported == null) {
			return null;
		}
		if (current.type() == supported) {
			return current;
		}
		return java.util.Arrays.stream(ValueCreationMechanism.values())
			.filter(mechanism -> mechanism.type() == supported)
			.min(Comparator.comparingInt(mechanism -> Math.abs(mechanism.ordinal() - current.ordinal())))
			.orElseThrow();
	}
}
