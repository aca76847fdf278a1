package io.cyclewise.regulation;

import io.cyclewise.shared.DomainTerm;

/** The eight prohibited AI practices of Article 5(1)(a)–(h), by short labels. */
public enum ProhibitedPractice implements DomainTerm {
	MANIPULATION("Art. 5(1)(a)"),
	EXPLOITING_VULNERABILITIES("Art. 5(1)(b)"),
	SOCIAL_SCORING("Art. 5(1)(c)"),
	CRIME_PREDICTION_BY_PROFILING("Art. 5(1)(d)"),
	FACIAL_IMAGE_SCRAPING("Art. 5(1)(e)"),
	EMOTION_RECOGNITION_AT_WORK_OR_EDUCATION("Art. 5(1)(f)"),
	SENSITIVE_BIOMETRIC_CATEGORISATION("Art. 5(1)(g)"),
	REAL_TIME_REMOTE_BIOMETRIC_IDENTIFICATION("Art. 5(1)(h)");

	private final String article;

	ProhibitedPractice(String article) {
		this.article = article;
	}

	public String article() {
		return article;
	}

}
