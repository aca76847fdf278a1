package io.cyclewise.maturity;

import io.cyclewise.shared.DomainTerm;

/** The implementing-and-scaling AI study, Table 2 (reconstructed from the text): six socio-technical components, each with a goal per phase
 * ({@code maturity.goal.<COMPONENT>.<PHASE>} in the maturity bundle). */
public enum MaturityComponent implements DomainTerm {
	DATA_PIPELINE(true),
	TECHNICAL_INFRASTRUCTURE(true),
	AI_MODELS(true),
	AI_GROWTH_VISION(false),
	AI_CAPABILITIES(false),
	ORGANIZATIONAL_STRUCTURE(false);

	private final boolean technical;

	MaturityComponent(boolean technical) {
		this.technical = technical;
	}

	public boolean isTechnical() {
		return technical;
	}
}
