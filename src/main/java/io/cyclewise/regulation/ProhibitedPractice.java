package io.cyclewise.regulation;

import io.cyclewise.shared.DomainTerm;

/** The eight prohibited AI practices of Article 5(1)(a)–(h), by short labels. */
public enum ProhibitedPractice implements DomainTerm {
	MANIPULATION("Art. 5(1)(a)", "Manipulative or subliminal techniques", "Materially distorting behaviour in a way that causes or is likely to cause significant harm."),
	EXPLOITING_VULNERABILITIES("Art. 5(1)(b)", "Exploiting vulnerabilities", "Of age, disability or a social or economic situation, distorting behaviour with significant harm."),
	SOCIAL_SCORING("Art. 5(1)(c)", "Social scoring", "Evaluating or classifying people by social behaviour or personality, leading to detrimental or unfavourable treatment."),
	CRIME_PREDICTION_BY_PROFILING("Art. 5(1)(d)", "Predicting criminal offences solely from profiling", "Assessing the risk that a person commits a crime based solely on profiling or personality traits."),
	FACIAL_IMAGE_SCRAPING("Art. 5(1)(e)", "Untargeted scraping of facial images", "Creating or expanding facial recognition databases from the internet or CCTV footage."),
	EMOTION_RECOGNITION_AT_WORK_OR_EDUCATION("Art. 5(1)(f)", "Emotion recognition at work or in education", "Inferring emotions in the workplace or in education institutions (except for medical or safety reasons)."),
	SENSITIVE_BIOMETRIC_CATEGORISATION("Art. 5(1)(g)", "Biometric categorisation inferring sensitive attributes", "Such as race, political opinions, trade union membership, religion, sex life or sexual orientation."),
	REAL_TIME_REMOTE_BIOMETRIC_IDENTIFICATION("Art. 5(1)(h)", "Real-time remote biometric identification in public spaces for law enforcement", "Except in the narrowly defined cases the Article lists.");

	private final String article;
	private final String label;
	private final String meaning;

	ProhibitedPractice(String article, String label, String meaning) {
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
