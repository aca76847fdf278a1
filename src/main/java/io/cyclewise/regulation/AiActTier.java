package io.cyclewise.regulation;

import io.cyclewise.regulation.internal.ClassificationRules;
import io.cyclewise.shared.DomainTerm;

/** The four risk tiers of the AI Act, from the strictest. */
public enum AiActTier implements DomainTerm {
	PROHIBITED,
	HIGH_RISK,
	TRANSPARENCY,
	MINIMAL;

	/** The tier a set of answers leads to (the rules are in {@link ClassificationRules}). */
	public static AiActTier derive(ClassificationAnswers answers) {
		return ClassificationRules.derive(answers);
	}
}
