package io.cyclewise.risk;

import io.cyclewise.shared.DomainTerm;

/** How urgent a flag is; the weight orders the "top initiatives by risk" list. */
public enum Severity implements DomainTerm {
	INFO(1), WARNING(3), CRITICAL(9);

	private final int weight;

	Severity(int weight) {
		this.weight = weight;
	}

	public int weight() {
		return weight;
	}
}
