package io.cyclewise.regulation;

import io.cyclewise.shared.DomainTerm;

/** The organization's role for the AI system (Article 3(3) and 3(4)). */
public enum AiActRole implements DomainTerm {
	PROVIDER("Provider", "Develops the AI system (or has it developed) and places it on the market or puts it into service under its own name (Art. 3(3))."),
	DEPLOYER("Deployer", "Uses an AI system under its authority in a professional activity (Art. 3(4)).");

	private final String label;
	private final String meaning;

	AiActRole(String label, String meaning) {
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
}
