package io.cyclewise.signal;

import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study, context sensitivity: the three kinds of context change an MLbC is vulnerable to. */
public enum ContextChangeType implements DomainTerm {
	TASK_CONTEXT("Task context change",
			"The data a model was trained on no longer matches operational data, or performance differs between user contexts."),
	ORGANIZATIONAL_CONTEXT("Organizational context change",
			"Restructuring, personnel changes, or technology changes in a distant part of the organization."),
	EXTERNAL_ENVIRONMENT("Change in the external environment",
			"Sudden shocks (COVID-19 \"broke\" models overnight) or gradual changes in standards, regulations or consumer behaviour.");

	private final String label;
	private final String meaning;

	ContextChangeType(String label, String meaning) {
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
