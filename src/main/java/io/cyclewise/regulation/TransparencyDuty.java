package io.cyclewise.regulation;

import io.cyclewise.shared.DomainTerm;

/** The transparency duties of Article 50 (they apply to high-risk systems too). */
public enum TransparencyDuty implements DomainTerm {
	INTERACTS_WITH_PEOPLE("Art. 50(1)", "Interacts directly with people", "People are told they are interacting with an AI system, unless obvious."),
	GENERATES_SYNTHETIC_CONTENT("Art. 50(2)", "Generates synthetic audio, image, video or text", "The output is marked in a machine-readable format as artificially generated."),
	EMOTION_RECOGNITION_OR_BIOMETRIC_CATEGORISATION("Art. 50(3)", "Emotion recognition or biometric categorisation", "The people exposed to it are informed of its operation."),
	DEEP_FAKES("Art. 50(4)", "Deep fakes", "Image, audio or video content that is a deep fake is disclosed as artificially generated or manipulated."),
	PUBLISHED_TEXT("Art. 50(4)", "AI-generated text published to inform the public", "Text on matters of public interest is disclosed as artificially generated, unless reviewed under editorial responsibility.");

	private final String article;
	private final String label;
	private final String meaning;

	TransparencyDuty(String article, String label, String meaning) {
		this.article = article;
		this.label = label;
		this.meaning = meaning;
	}

	public String article() {
		return article;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String meaning() {
		return meaning;
	}
}
