package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/** The JSIS 2022 value-creation study: the five mechanism subtypes, numbered as the paper does (1, 2a, 2b, 3a, 3b). */
public enum ValueCreationMechanism implements DomainTerm {
	KNOWLEDGE_CREATION("1", MechanismType.KNOWLEDGE_CREATION),
	HIGH_DISCRETION_TASK_AUGMENTATION("2a", MechanismType.TASK_AUGMENTATION),
	LOW_DISCRETION_TASK_AUGMENTATION("2b", MechanismType.TASK_AUGMENTATION),
	PROCESS_AUTOMATION("3a", MechanismType.AUTONOMOUS_AGENT),
	INTELLIGENT_PRODUCTS_AND_SERVICES("3b", MechanismType.AUTONOMOUS_AGENT);

	private final String number;
	private final MechanismType type;

	ValueCreationMechanism(String number, MechanismType type) {
		this.number = number;
		this.type = type;
	}

	public String number() {
		return number;
	}

	public MechanismType type() {
		return type;
	}

}
