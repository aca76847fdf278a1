package io.cyclewise.regulation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cyclewise.regulation.AiActTier;
import io.cyclewise.regulation.ClassificationAnswers;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The AI Act's tiers as plain rules (Regulation (EU) 2024/1689): any Article 5 practice makes the system prohibited;
 * otherwise a safety component of an Annex I product, or an Annex III area without a valid Article 6(3) exception,
 * makes it high-risk; otherwise any Article 50 duty gives transparency duties; otherwise minimal risk. The
 * exception is valid only for an Annex III system that does not profile natural persons, and only with a reason.
 */
public final class ClassificationRules {

	private ClassificationRules() {
	}

	public static AiActTier derive(ClassificationAnswers answers) {
		if (!answers.prohibitedPractices().isEmpty()) {
			return AiActTier.PROHIBITED;
		}
		if (answers.annexISafetyComponent() || (!answers.highRiskAreas().isEmpty() && !validException(answers))) {
			return AiActTier.HIGH_RISK;
		}
		if (!answers.transparencyDuties().isEmpty()) {
			return AiActTier.TRANSPARENCY;
		}
		return AiActTier.MINIMAL;
	}

	/** Article 6(3): only for an Annex III system, never when it profiles natural persons, and with a reason. */
	static boolean validException(ClassificationAnswers answers) {
		return answers.exceptionClaimed() && !answers.highRiskAreas().isEmpty()
				&& Boolean.FALSE.equals(answers.profilesNaturalPersons()) && answers.hasExceptionReason();
	}

	/**
	 * Answers that contradict each other or the stated tier, by form field, as messages of the regulation bundle;
	 * empty if the classification is consistent. A classification with any of them is refused as a whole.
	 * @param statedTier the tier the person chose; null is left to Bean Validation
	 */
	public static Map<String, MessageSourceResolvable> contradictions(ClassificationAnswers answers, AiActTier statedTier) {
		Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();
		if (!answers.highRiskAreas().isEmpty() && answers.profilesNaturalPersons() == null) {
			problems.put("profilesNaturalPersons", message("regulation.contradiction.profilingUnanswered"));
		}
		if (answers.exceptionClaimed()) {
			if (answers.highRiskAreas().isEmpty()) {
				problems.put("exceptionClaimed", message("regulation.contradiction.exceptionWithoutArea"));
			}
			else if (Boolean.TRUE.equals(answers.profilesNaturalPersons())) {
				problems.put("exceptionClaimed", message("regulation.contradiction.exceptionWithProfiling"));
			}
			if (!answers.hasExceptionReason()) {
				problems.put("exceptionReason", message("regulation.contradiction.exceptionReasonMissing"));
			}
		}
		AiActTier derived = derive(answers);
		if (statedTier != null && statedTier != derived) {
			problems.put("statedTier", message("regulation.contradiction.statedTier." + because(answers, derived),
					message("regulation.tier.inSentence." + derived.name()),
					message("regulation.tier.inSentence." + statedTier.name())));
		}
		return problems;
	}

	/** Which answers lead to the derived tier: the first half of the stated-tier contradiction's message. */
	private static String because(ClassificationAnswers answers, AiActTier derived) {
		return switch (derived) {
			case PROHIBITED -> "article5";
			case HIGH_RISK -> answers.annexISafetyComponent() ? "annexI" : "annexIII";
			case TRANSPARENCY -> "article50";
			case MINIMAL -> answers.highRiskAreas().isEmpty() ? "minimal" : "minimalWithException";
		};
	}

	private static MessageSourceResolvable message(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}
}
