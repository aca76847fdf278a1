package io.cyclewise.regulation;

import io.cyclewise.regulation.internal.ClassificationRules;
import io.cyclewise.shared.DomainTerm;

/** The four risk tiers of the AI Act, from the strictest. */
public enum AiActTier implements DomainTerm {
	PROHIBITED("Prohibited", "An Article 5 practice: the system must not be placed on the market, put into service or used."),
	HIGH_RISK("High-risk", "A safety component of an Annex I product, or used in an Annex III area without a valid Article 6(3) exception: "
			+ "the obligations of Chapter III apply (from 2 August 2026)."),
	TRANSPARENCY("Transparency duties", "Article 50: people must be told they interact with an AI system or see AI-generated or manipulated content."),
	MINIMAL("Minimal risk", "None of the above: no specific obligations under the AI Act (voluntary codes of conduct).");

	private final String label;
	private final String meaning;

	AiActTier(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String meaning() {
		return meaning;
	}

	/** The tier a set of answers leads to (the rules are in {@link ClassificationRules}). */
	public static AiActTier derive(ClassificationAnswers answers) {
		return ClassificationRules.derive(answers);
	}
}
