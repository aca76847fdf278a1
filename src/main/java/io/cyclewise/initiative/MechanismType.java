package io.cyclewise.initiative;

import io.cyclewise.shared.DomainTerm;

/** The JSIS 2022 value-creation study: the three broad types of ML value-creation mechanism. */
public enum MechanismType implements DomainTerm {
	KNOWLEDGE_CREATION,
	TASK_AUGMENTATION,
	AUTONOMOUS_AGENT
}
