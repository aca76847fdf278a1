package io.cyclewise.regulation;

import io.cyclewise.shared.DomainTerm;

/** The eight areas of Annex III in which an AI system is high-risk (unless the Article 6(3) exception holds). */
public enum HighRiskArea implements DomainTerm {
	BIOMETRICS("Annex III point 1"),
	CRITICAL_INFRASTRUCTURE("Annex III point 2"),
	EDUCATION("Annex III point 3"),
	EMPLOYMENT("Annex III point 4"),
	ESSENTIAL_SERVICES("Annex III point 5"),
	LAW_ENFORCEMENT("Annex III point 6"),
	MIGRATION_ASYLUM_BORDER("Annex III point 7"),
	JUSTICE_AND_DEMOCRACY("Annex III point 8");

	private final String article;

	HighRiskArea(String article) {
		this.article = article;
	}

	public String article() {
		return article;
	}

}
