package io.cyclewise.maturity;

import io.cyclewise.shared.DomainTerm;

/** The implementing-and-scaling AI study: the three phases of implementing and scaling AI in an organization. */
public enum MaturityPhase implements DomainTerm {
	PROVING_THE_CONCEPT("Proving the concept", "First valuable, feasible use cases show business value; external support is fine."),
	PRODUCTIONIZING("Productionizing", "AI in production across business processes; standardized, automated processes; systems tracked and updated."),
	PLATFORMIZING("Platformizing", "AI at scale; capabilities reused across contexts and lines of business.");

	private final String label;
	private final String meaning;

	MaturityPhase(String label, String meaning) {
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
