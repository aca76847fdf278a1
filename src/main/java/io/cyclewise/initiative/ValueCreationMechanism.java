package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/** The JSIS 2022 value-creation study: the five mechanism subtypes, numbered as the paper does (1, 2a, 2b, 3a, 3b). */
public enum ValueCreationMechanism implements DomainTerm {
	KNOWLEDGE_CREATION("1", MechanismType.KNOWLEDGE_CREATION, "Knowledge creation",
			"Descriptions and explanations that improve organizational knowing; humans decide and act."),
	HIGH_DISCRETION_TASK_AUGMENTATION("2a", MechanismType.TASK_AUGMENTATION, "Task augmentation, high discretion",
			"The user chooses among the system's suggestions."),
	LOW_DISCRETION_TASK_AUGMENTATION("2b", MechanismType.TASK_AUGMENTATION, "Task augmentation, low discretion",
			"The user follows the system's prescriptions and may overrule them."),
	PROCESS_AUTOMATION("3a", MechanismType.AUTONOMOUS_AGENT, "Autonomous agent, process automation",
			"The machine decides and acts within internal processes."),
	INTELLIGENT_PRODUCTS_AND_SERVICES("3b", MechanismType.AUTONOMOUS_AGENT,
			"Autonomous agent, intelligent products and services",
			"The machine decides and acts in a customer-facing offering.");

	private final String number;
	private final MechanismType type;
	private final String label;
	private final String meaning;

	ValueCreationMechanism(String number, MechanismType type, String label, String meaning) {
		this.number = number;
		this.type = type;
		this.label = label;
		this.meaning = meaning;
	}

	public String number() {
		return number;
	}

	public MechanismType type() {
		return type;
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
