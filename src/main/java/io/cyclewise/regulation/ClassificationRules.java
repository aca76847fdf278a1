package io.cyclewise.regulation;

import java.util.LinkedHashMap;
import java.util.Map;

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
	 * Answers that contradict each other or the stated tier, by form field; empty if the classification is
	 * consistent. A classification with any of them is refused as a whole.
	 * @param statedTier the tier the person chose; null is left to Bean Validation
	 */
	public static Map<String, String> contradictions(ClassificationAnswers answers, AiActTier statedTier) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!answers.highRiskAreas().isEmpty() && answers.profilesNaturalPersons() == null) {
			problems.put("profilesNaturalPersons", "Say whether the system profiles natural persons: it decides whether "
					+ "the Article 6(3) exception is available for an Annex III area.");
		}
		if (answers.exceptionClaimed()) {
			if (answers.highRiskAreas().isEmpty()) {
				problems.put("exceptionClaimed", "The Article 6(3) exception applies only to a system in an Annex III area, "
						+ "and you ticked none.");
			}
			else if (Boolean.TRUE.equals(answers.profilesNaturalPersons())) {
				problems.put("exceptionClaimed", "The Article 6(3) exception is not available: an Annex III system that "
						+ "profiles natural persons is always high-risk.");
			}
			if (!answers.hasExceptionReason()) {
				problems.put("exceptionReason", "Give the reason why the system poses no significant risk "
						+ "(Art. 6(3)(a)–(d)), or do not claim the exception.");
			}
		}
		AiActTier derived = derive(answers);
		if (statedTier != null && statedTier != derived) {
			problems.put("statedTier", because(answers, derived) + ", so the tier is “" + derived.label().toLowerCase()
					+ "”, not “" + statedTier.label().toLowerCase() + "”.");
		}
		return problems;
	}

	private static String because(ClassificationAnswers answers, AiActTier derived) {
		return switch (derived) {
			case PROHIBITED -> "You ticked an Article 5 practice";
			case HIGH_RISK -> answers.annexISafetyComponent()
					? "You said the system is a safety component of a product under Annex I"
					: "You ticked an Annex III area without a valid Article 6(3) exception";
			case TRANSPARENCY -> "You ticked an Article 50 transparency duty and nothing stricter applies";
			case MINIMAL -> answers.highRiskAreas().isEmpty()
					? "You ticked no Article 5 practice, no Annex I product, no Annex III area and no Article 50 duty"
					: "You ticked no Article 5 practice, no Annex I product and no Article 50 duty, and the Article 6(3) exception covers the Annex III area";
		};
	}
}
