package io.cyclewise.checklist;

import io.cyclewise.shared.DomainTerm;

/**
 * The JSIS 2022 value-creation study: who drove the shift. Left-to-right shifts were mostly driven by managers, right-to-left ones by data
 * scientists together with domain experts.
 */
public enum ShiftInitiator implements DomainTerm {
	MANAGEMENT("Management", "Managers, often toward automation."),
	DATA_SCIENTISTS("Data scientists with domain experts", "Those who know the limits of the ML system."),
	OTHER("Someone else", "E.g. users, a regulator's demand, a vendor.");

	private final String label;
	private final String meaning;

	ShiftInitiator(String label, String meaning) {
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
