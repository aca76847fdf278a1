package io.cyclewise.checklist.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.MechanismFit;
import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.initiative.MechanismType;
import io.cyclewise.initiative.ValueCreationMechanism;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.cyclewise.checklist.NecessaryCondition.DEEP_DOMAIN_KNOWLEDGE;
import static io.cyclewise.checklist.NecessaryCondition.FEW_ETHICAL_AND_LEGAL_CONSTRAINTS;
import static io.cyclewise.checklist.NecessaryCondition.INTEGRATION_WITH_TRANSACTIONAL_SYSTEMS;
import static io.cyclewise.checklist.NecessaryCondition.MATURE_DATA_INFRASTRUCTURE;
import static io.cyclewise.checklist.NecessaryCondition.STABLE_ENVIRONMENT;
import static io.cyclewise.checklist.NecessaryCondition.STRONG_DATA_SCIENCE_CAPABILITIES;
import static io.cyclewise.checklist.NecessaryCondition.STRONG_DEVOPS_CAPABILITIES;
import static io.cyclewise.checklist.NecessaryCondition.UX_CAPABILITIES;
import static io.cyclewise.initiative.ValueCreationMechanism.HIGH_DISCRETION_TASK_AUGMENTATION;
import static io.cyclewise.initiative.ValueCreationMechanism.INTELLIGENT_PRODUCTS_AND_SERVICES;
import static io.cyclewise.initiative.ValueCreationMechanism.KNOWLEDGE_CREATION;
import static io.cyclewise.initiative.ValueCreationMechanism.LOW_DISCRETION_TASK_AUGMENTATION;
import static io.cyclewise.initiative.ValueCreationMechanism.PROCESS_AUTOMATION;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 001's mechanism fit, for every mechanism and every combination of condition answers. */
class MechanismFitRuleTest {

	private static final NecessaryCondition[] CONDITIONS = NecessaryCondition.values();

	/** Statuses that matter to the rule: met, the two kinds of not met, and not assessed (null). */
	private static final AnswerStatus[] ANSWERS = { AnswerStatus.MET, AnswerStatus.PARTLY_MET, AnswerStatus.NOT_MET, null };

	@Test
	void conditionsAreCumulativeTwoFiveEight() {
		assertThat(NecessaryCondition.requiredFor(KNOWLEDGE_CREATION)).containsExactly(STRONG_DATA_SCIENCE_CAPABILITIES,
				DEEP_DOMAIN_KNOWLEDGE);
		assertThat(NecessaryCondition.requiredFor(HIGH_DISCRETION_TASK_AUGMENTATION)).hasSize(5)
			.containsExactlyElementsOf(NecessaryCondition.requiredFor(LOW_DISCRETION_TASK_AUGMENTATION))
			.contains(MATURE_DATA_INFRASTRUCTURE, UX_CAPABILITIES, STRONG_DEVOPS_CAPABILITIES);
		assertThat(NecessaryCondition.requiredFor(PROCESS_AUTOMATION)).containsExactly(CONDITIONS)
			.containsExactlyElementsOf(NecessaryCondition.requiredFor(INTELLIGENT_PRODUCTS_AND_SERVICES));
	}

	/** 5 mechanisms × 4^8 answer combinations, each checked against the definition written out independently. */
	@Test
	void everyMechanismWithEveryCombinationOfAnswers() {
		int checked = 0;
		for (ValueCreationMechanism mechanism : ValueCreationMechanism.values()) {
			for (Map<NecessaryCondition, AnswerStatus> answers : (Iterable<Map<NecessaryCondition, AnswerStatus>>) combinations()::iterator) {
				MechanismFit fit = MechanismFitRule.evaluate(mechanism, answers);
				int requiredCount = switch (mechanism.type()) {
					case KNOWLEDGE_CREATION -> 2;
					case TASK_AUGMENTATION -> 5;
					case AUTONOMOUS_AGENT -> 8;
				};
				List<NecessaryCondition> required = List.of(CONDITIONS).subList(0, requiredCount);
				assertThat(fit.required()).containsExactlyElementsOf(required);
				assertThat(fit.met()).containsExactlyElementsOf(
						required.stream().filter(c -> answers.get(c) == AnswerStatus.MET).toList());
				assertThat(fit.missing()).containsExactlyElementsOf(required.stream()
					.filter(c -> answers.get(c) == AnswerStatus.NOT_MET || answers.get(c) == AnswerStatus.PARTLY_MET).toList());
				assertThat(fit.unassessed()).containsExactlyElementsOf(
						required.stream().filter(c -> answers.get(c) == null).toList());
				assertThat(fit.mismatch()).isEqualTo(!fit.missing().isEmpty());
				assertThat(fit.fits()).isEqualTo(fit.met().size() == requiredCount);

				int metPrefix = 0;
				while (metPrefix < CONDITIONS.length && answers.get(CONDITIONS[metPrefix]) == AnswerStatus.MET) {
					metPrefix++;
				}
				MechanismType expected = metPrefix >= 8 ? MechanismType.AUTONOMOUS_AGENT
						: metPrefix >= 5 ? MechanismType.TASK_AUGMENTATION
						: metPrefix >= 2 ? MechanismType.KNOWLEDGE_CREATION : null;
				assertThat(fit.supportedType()).isEqualTo(expected);
				if (expected == null) {
					assertThat(fit.suggestedMechanism()).isNull();
				}
				else {
					assertThat(fit.suggestedMechanism().type()).isEqualTo(expected);
					if (expected == mechanism.type()) {
						assertThat(fit.suggestedMechanism()).isEqualTo(mechanism);
					}
				}
				assertThat(fit.supportsShiftToTheRight())
					.isEqualTo(expected != null && expected.ordinal() > mechanism.type().ordinal());
				checked++;
			}
		}
		assertThat(checked).isEqualTo(5 * 65_536);
	}

	@ParameterizedTest
	@EnumSource(ValueCreationMechanism.class)
	void nothingAssessedIsNoMismatchButSupportsNothing(ValueCreationMechanism mechanism) {
		MechanismFit fit = MechanismFitRule.evaluate(mechanism, Map.of());
		assertThat(fit.mismatch()).isFalse();
		assertThat(fit.unassessed()).hasSize(fit.required().size());
		assertThat(fit.supportedType()).isNull();
		assertThat(fit.completion()).isEqualTo("0/" + fit.required().size());
	}

	@Test
	void vignetteOneNoInterfaceToWritePredictionsBack() {
		Map<NecessaryCondition, AnswerStatus> answers = allMet();
		answers.put(INTEGRATION_WITH_TRANSACTIONAL_SYSTEMS, AnswerStatus.NOT_MET);
		MechanismFit fit = MechanismFitRule.evaluate(PROCESS_AUTOMATION, answers);
		assertThat(fit.mismatch()).isTrue();
		assertThat(fit.missing()).containsExactly(INTEGRATION_WITH_TRANSACTIONAL_SYSTEMS);
		assertThat(fit.completion()).isEqualTo("7/8");
		assertThat(fit.supportedType()).isEqualTo(MechanismType.TASK_AUGMENTATION);
		// The nearest augmentation subtype to process automation (3a) is low discretion (2b).
		assertThat(fit.suggestedMechanism()).isEqualTo(LOW_DISCRETION_TASK_AUGMENTATION);
	}

	@Test
	void vignetteTwoUnstableEnvironmentAndNoDevOpsFallsBackToKnowledgeCreation() {
		Map<NecessaryCondition, AnswerStatus> answers = allMet();
		answers.put(STABLE_ENVIRONMENT, AnswerStatus.NOT_MET);
		answers.put(STRONG_DEVOPS_CAPABILITIES, AnswerStatus.PARTLY_MET);
		MechanismFit fit = MechanismFitRule.evaluate(INTELLIGENT_PRODUCTS_AND_SERVICES, answers);
		assertThat(fit.missing()).containsExactly(STRONG_DEVOPS_CAPABILITIES, STABLE_ENVIRONMENT);
		assertThat(fit.supportedType()).isEqualTo(MechanismType.KNOWLEDGE_CREATION);
		assertThat(fit.suggestedMechanism()).isEqualTo(KNOWLEDGE_CREATION);
	}

	@Test
	void metConditionsFurtherRightSupportAShiftFromKnowledgeCreation() {
		Map<NecessaryCondition, AnswerStatus> answers = allMet();
		answers.put(FEW_ETHICAL_AND_LEGAL_CONSTRAINTS, AnswerStatus.NOT_MET);
		MechanismFit fit = MechanismFitRule.evaluate(KNOWLEDGE_CREATION, answers);
		assertThat(fit.mismatch()).isFalse();
		assertThat(fit.fits()).isTrue();
		assertThat(fit.supportsShiftToTheRight()).isTrue();
		assertThat(fit.suggestedMechanism()).isEqualTo(HIGH_DISCRETION_TASK_AUGMENTATION);
	}

	@Test
	void aGapInTheChainLimitsSupportEvenIfLaterConditionsAreMet() {
		Map<NecessaryCondition, AnswerStatus> answers = allMet();
		answers.remove(DEEP_DOMAIN_KNOWLEDGE);
		MechanismFit fit = MechanismFitRule.evaluate(HIGH_DISCRETION_TASK_AUGMENTATION, answers);
		assertThat(fit.mismatch()).isFalse();
		assertThat(fit.unassessed()).containsExactly(DEEP_DOMAIN_KNOWLEDGE);
		assertThat(fit.supportedType()).isNull();
	}

	private static Map<NecessaryCondition, AnswerStatus> allMet() {
		Map<NecessaryCondition, AnswerStatus> answers = new EnumMap<>(NecessaryCondition.class);
		for (NecessaryCondition condition : CONDITIONS) {
			answers.put(condition, AnswerStatus.MET);
		}
		return answers;
	}

	private static Stream<Map<NecessaryCondition, AnswerStatus>> combinations() {
		int total = (int) Math.pow(ANSWERS.length, CONDITIONS.length);
		List<Integer> codes = new ArrayList<>(total);
		for (int code = 0; code < total; code++) {
			codes.add(code);
		}
		return codes.stream().map(code -> {
			Map<NecessaryCondition, AnswerStatus> answers = new EnumMap<>(NecessaryCondition.class);
			int rest = code;
			for (NecessaryCondition condition : CONDITIONS) {
				AnswerStatus status = ANSWERS[rest % ANSWERS.length];
				rest /= ANSWERS.length;
				if (status != null) {
					answers.put(condition, status);
				}
			}
			return answers;
		});
	}
}
