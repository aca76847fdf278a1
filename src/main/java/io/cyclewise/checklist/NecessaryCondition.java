package io.cyclewise.checklist;

import java.util.Arrays;
import java.util.List;

import io.cyclewise.initiative.MechanismType;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.shared.DomainTerm;

/**
 * The JSIS 2022 value-creation study: the necessary but not sufficient conditions, cumulative from left to right (2 for knowledge creation,
 * 5 for task augmentation, 8 for an autonomous agent). The names are the item keys of the conditions template.
 */
public enum NecessaryCondition implements DomainTerm {
	STRONG_DATA_SCIENCE_CAPABILITIES(MechanismType.KNOWLEDGE_CREATION),
	DEEP_DOMAIN_KNOWLEDGE(MechanismType.KNOWLEDGE_CREATION),
	MATURE_DATA_INFRASTRUCTURE(MechanismType.TASK_AUGMENTATION),
	UX_CAPABILITIES(MechanismType.TASK_AUGMENTATION),
	STRONG_DEVOPS_CAPABILITIES(MechanismType.TASK_AUGMENTATION),
	INTEGRATION_WITH_TRANSACTIONAL_SYSTEMS(MechanismType.AUTONOMOUS_AGENT),
	STABLE_ENVIRONMENT(MechanismType.AUTONOMOUS_AGENT),
	FEW_ETHICAL_AND_LEGAL_CONSTRAINTS(MechanismType.AUTONOMOUS_AGENT);

	private final MechanismType requiredFrom;

	NecessaryCondition(MechanismType requiredFrom) {
		this.requiredFrom = requiredFrom;
	}

	/** The leftmost mechanism type that needs this condition; every type to its right needs it too. */
	public MechanismType requiredFrom() {
		return requiredFrom;
	}

	public boolean isRequiredFor(MechanismType type) {
		return requiredFrom.ordinal() <= type.ordinal();
	}

	public boolean isRequiredFor(ValueCreationMechanism mechanism) {
		return isRequiredFor(mechanism.type());
	}

	public static List<NecessaryCondition> requiredFor(MechanismType type) {
		return Arrays.stream(values()).filter(condition -> condition.isRequiredFor(type)).toList();
	}

	public static List<NecessaryCondition> requiredFor(ValueCreationMechanism mechanism) {
		return requiredFor(mechanism.type());
	}

	/** The item key as stored, or null for a key that names no condition. */
	public static NecessaryCondition ofKey(String itemKey) {
		return Arrays.stream(values()).filter(condition -> condition.name().equals(itemKey)).findFirst().orElse(null);
	}
}
