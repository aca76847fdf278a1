package io.cyclewise.checklist;

import io.cyclewise.shared.DomainTerm;

/** The groups of the AI Act obligations checklist: the obligation areas of Chapter III, each with its article (its label, e.g.
 * "Risk management (Art. 9)", is in the checklist bundle). */
public enum AiActObligationArea implements DomainTerm {
	RISK_MANAGEMENT("Art. 9"),
	DATA_GOVERNANCE("Art. 10"),
	TECHNICAL_DOCUMENTATION("Art. 11"),
	RECORD_KEEPING("Art. 12"),
	TRANSPARENCY_TO_DEPLOYERS("Art. 13"),
	HUMAN_OVERSIGHT("Art. 14"),
	ACCURACY_ROBUSTNESS_CYBERSECURITY("Art. 15"),
	QUALITY_MANAGEMENT("Art. 17"),
	DEPLOYER_OBLIGATIONS("Art. 26"),
	FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT("Art. 27"),
	POST_MARKET_MONITORING("Art. 72"),
	SERIOUS_INCIDENT_REPORTING("Art. 73");

	private final String article;

	AiActObligationArea(String article) {
		this.article = article;
	}

	public String article() {
		return article;
	}
}
