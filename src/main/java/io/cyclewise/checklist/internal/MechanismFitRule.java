package io.cyclewise.checklist.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.MechanismFit;
import io.cyclewise.checklist.NecessaryCondition;
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
		return evaluate(current, answers, Set.of());
	}

	/**
	 * @param toReassess conditions a context change put to reassess: an answer "met" among them is not currently
	 * met, so the mismatch and the supported mechanism reflect the doubt until someone answers again
	 */
	public static MechanismFit evaluate(ValueCreationMechanism current, Map<NecessaryCondition, AnswerStatus> answers,
			Set<NecessaryCondition> toReassess) {
		Map<NecessaryCondition, AnswerStatus> currentAnswers = new EnumMap<>(NecessaryCondition.class);
		currentAnswers.putAll(answers);
		List<NecessaryCondition> doubted = new ArrayList<>();
		for (NecessaryCondition condition : NecessaryCondition.requiredFor(current)) {
			if (toReassess.contains(condition) && answers.get(condition) == AnswerStatus.MET) {
				currentAnswers.put(condition, AnswerStatus.NOT_MET);
				doubted.add(condition);
			}
		}
		return fit(current, currentAnswers, doubted);
	}

	private static MechanismFit fit(ValueCreationMechanism current, Map<NecessaryCondition, AnswerStatus> answers,
			List<NecessaryCondition> toReassess) {
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
		return new MechanismFit(current, required, met, missing, unassessed, supported, suggest(current, supported),
				toReassess);
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
