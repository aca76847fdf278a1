package io.cyclewise.checklist;

import io.cyclewise.shared.DomainTerm;

/** The groups of the AI Act obligations checklist: the obligation areas of Chapter III, each with its article. */
public enum AiActObligationArea implements DomainTerm {
	RISK_MANAGEMENT("Risk management", "Art. 9"),
	DATA_GOVERNANCE("Data and data governance", "Art. 10"),
	TECHNICAL_DOCUMENTATION("Technical documentation", "Art. 11"),
	RECORD_KEEPING("Record-keeping", "Art. 12"),
	TRANSPARENCY_TO_DEPLOYERS("Transparency and information to deployers", "Art. 13"),
	HUMAN_OVERSIGHT("Human oversight", "Art. 14"),
	ACCURACY_ROBUSTNESS_CYBERSECURITY("Accuracy, robustness and cybersecurity", "Art. 15"),
	QUALITY_MANAGEMENT("Quality management system", "Art. 17"),
	DEPLOYER_OBLIGATIONS("Obligations of deployers", "Art. 26"),
	FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT("Fundamental rights impact assessment", "Art. 27"),
	POST_MARKET_MONITORING("Post-market monitoring", "Art. 72"),
	SERIOUS_INCIDENT_REPORTING("Reporting of serious incidents", "Art. 73");

	private final String name;
	private final String article;

	AiActObligationArea(String name, String article) {
		this.name = name;
		this.article = article;
	}

	/** The area with the article it cites, e.g. "Risk management (Art. 9)". */
	@Override
	public String label() {
		return name + " (" + article + ")";
	}

	@Override
	public String meaning() {
		return "Regulation (EU) 2024/1689, " + article + ".";
	}

	public String article() {
		return article;
	}
}
