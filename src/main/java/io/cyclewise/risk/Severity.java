package io.cyclewise.risk;

import io.cyclewise.shared.DomainTerm;

/** How urgent a flag is; the weight orders the "top initiatives by risk" list. */
public enum Severity implements DomainTerm {
	INFO("Info", 1), WARNING("Warning", 3), CRITICAL("Critical", 9);

	private final String label;
	private final int weight;

	Severity(String label, int weight) {
		this.label = label;
		this.weight = weight;
	}

	public String label() {
		return label;
	}

	public int weight() {
		return weight;
	}
}
