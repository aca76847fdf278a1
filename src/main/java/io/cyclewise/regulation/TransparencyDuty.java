package io.cyclewise.regulation;

import io.cyclewise.shared.DomainTerm;

/** The transparency duties of Article 50 (they apply to high-risk systems too). */
public enum TransparencyDuty implements DomainTerm {
	INTERACTS_WITH_PEOPLE("Art. 50(1)"),
	GENERATES_SYNTHETIC_CONTENT("Art. 50(2)"),
	EMOTION_RECOGNITION_OR_BIOMETRIC_CATEGORISATION("Art. 50(3)"),
	DEEP_FAKES("Art. 50(4)"),
	PUBLISHED_TEXT("Art. 50(4)");

	private final String article;

	TransparencyDuty(String article) {
		this.article = article;
	}

	public String article() {
		return article;
	}

}
