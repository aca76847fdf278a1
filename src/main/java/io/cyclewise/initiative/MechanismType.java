package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/** The JSIS 2022 value-creation study: the three broad types of ML value-creation mechanism. */
public enum MechanismType implements DomainTerm {
	KNOWLEDGE_CREATION("Knowledge creation", "Descriptions and explanations for organizational knowing; a human decides and acts."),
	TASK_AUGMENTATION("Task augmentation", "Predictions and prescriptions for more effective decisions; a human stays in the loop."),
	AUTONOMOUS_AGENT("Autonomous agent", "Prescriptions that the machine decides and acts on, for productivity or novel offerings.");

	private final String label;
	private final String meaning;

	MechanismType(String label, String meaning) {
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
