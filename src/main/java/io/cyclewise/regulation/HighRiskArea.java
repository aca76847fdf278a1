package io.cyclewise.regulation;

import io.cyclewise.shared.DomainTerm;

/** The eight areas of Annex III in which an AI system is high-risk (unless the Article 6(3) exception holds). */
public enum HighRiskArea implements DomainTerm {
	BIOMETRICS("Annex III point 1", "Biometrics", "Remote biometric identification, biometric categorisation, emotion recognition (as far as permitted)."),
	CRITICAL_INFRASTRUCTURE("Annex III point 2", "Critical infrastructure", "Safety components in critical digital infrastructure, road traffic, water, gas, heating or electricity supply."),
	EDUCATION("Annex III point 3", "Education and vocational training", "Admission, evaluating learning outcomes, assessing the level of education, monitoring tests."),
	EMPLOYMENT("Annex III point 4", "Employment and workers management", "Recruitment, selection, decisions on promotion or termination, task allocation, monitoring performance."),
	ESSENTIAL_SERVICES("Annex III point 5", "Access to essential private and public services", "Public benefits, creditworthiness and credit scoring, life and health insurance pricing, emergency calls."),
	LAW_ENFORCEMENT("Annex III point 6", "Law enforcement", "Risk assessments of victims, polygraphs, evaluating evidence, profiling in investigations."),
	MIGRATION_ASYLUM_BORDER("Annex III point 7", "Migration, asylum and border control", "Risk assessments, examining applications, detecting or identifying persons."),
	JUSTICE_AND_DEMOCRACY("Annex III point 8", "Administration of justice and democratic processes", "Assisting judicial authorities; influencing the outcome of elections or voting behaviour.");

	private final String article;
	private final String label;
	private final String meaning;

	HighRiskArea(String article, String label, String meaning) {
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
