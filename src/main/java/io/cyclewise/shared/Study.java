package io.cyclewise.shared;

/**
 * The five studies the portal is built on, as pages cite them, and the legal sources it helps to apply (the EU AI
 * Act). Only what the texts themselves give is said of each (authors, venue, sample); nothing is invented. The
 * Sources page lists them: the studies first, then the legal sources.
 */
public enum Study {

	ALIGNMENT("The ML-based capability alignment study",
			"A qualitative study of how ML-based capabilities are developed (no authors or venue are given in the text; keywords: ML, MLOps, IT capabilities).",
			"The three interacting cycles (ML Organization, ML Technology, ML User), the alignment phases, the alignment practices, and the two structural characteristics that the risk flags watch: temporal complexity and context sensitivity."),
	VALUE_CREATION("Value creation mechanisms of ML (JSIS 2022)",
			"Journal of Strategic Information Systems 31 (2022) 101734, doi 10.1016/j.jsis.2022.101734; 56 ML applications in 29 companies.",
			"The value-creation mechanisms, their necessary conditions (2 / 5 / 8), the mismatch between a mechanism and its conditions, and shifting between mechanisms."),
	SCALING("The implementing-and-scaling AI study",
			"22 interviews on implementing and scaling AI (no authors or venue are given in the text).",
			"Organization maturity per business unit: six components across three phases."),
	CRAFT("Hopf, Müller, Shollo & Thiess: craft and mechanical work",
			"Konstantin Hopf, Oliver Müller, Arisa Shollo and Tiemo Thiess (from the authors' biographies in the text); 55 AI projects.",
			"The challenges of craft versus mechanical data-science work and their tactics."),
	LIFECYCLE("Papineni & Lind (2023)",
			"Durga Devi Papineni and Mary L. Lind, Journal of Strategic Innovation and Sustainability 18(1), 2023.",
			"The lifecycle stages, their readiness checks and deployment challenges; the 20 % deployed / 60 % productive benchmark, which they cite from Pohle (2018)."),
	AI_ACT("Regulation (EU) 2024/1689 (AI Act)",
			"The EU Artificial Intelligence Act, Official Journal of the European Union, 12 July 2024; the obligations for high-risk AI systems apply from 2 August 2026.",
			"The AI Act classification of each initiative (prohibited practices, high-risk areas, transparency duties, minimal risk), the organization's role and the obligations checklist of high-risk systems. A legal source, not a study: the portal supports, and does not replace, legal advice.",
			true);

	private final String name;
	private final String about;
	private final String usedFor;
	private final boolean legalSource;

	Study(String name, String about, String usedFor) {
		this(name, about, usedFor, false);
	}

	Study(String name, String about, String usedFor, boolean legalSource) {
		this.name = name;
		this.about = about;
		this.usedFor = usedFor;
		this.legalSource = legalSource;
	}

	/** A regulation the portal helps to apply, rather than one of the studies it is built on. */
	public boolean isLegalSource() {
		return legalSource;
	}

	/** The short name pages cite the study by. */
	public String citation() {
		return name;
	}

	public String about() {
		return about;
	}

	public String usedFor() {
		return usedFor;
	}
}
