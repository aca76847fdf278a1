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
	STRONG_DATA_SCIENCE_CAPABILITIES("Strong data science capabilities", MechanismType.KNOWLEDGE_CREATION,
			"Collect and transform data, develop and evaluate rigorously, explain results to the business."),
	DEEP_DOMAIN_KNOWLEDGE("Deep domain knowledge", MechanismType.KNOWLEDGE_CREATION,
			"Understand the data-generating process, from the data scientists or consulted domain experts."),
	MATURE_DATA_INFRASTRUCTURE("Mature data infrastructure", MechanismType.TASK_AUGMENTATION,
			"The data reaches the model reliably and in time in daily operation."),
	UX_CAPABILITIES("User experience (UX) capabilities", MechanismType.TASK_AUGMENTATION,
			"Interpretable models or post-hoc explanations; avoid algorithm aversion."),
	STRONG_DEVOPS_CAPABILITIES("Strong DevOps capabilities", MechanismType.TASK_AUGMENTATION,
			"Continuously monitor and improve pipelines, models and interfaces; react to performance drops and drift."),
	INTEGRATION_WITH_TRANSACTIONAL_SYSTEMS("Integration with transactional systems and processes",
			MechanismType.AUTONOMOUS_AGENT, "Results can be written back: interfaces exist and governance allows changes."),
	STABLE_ENVIRONMENT("Stable environment", MechanismType.AUTONOMOUS_AGENT,
			"The data-generating process is stationary enough."),
	FEW_ETHICAL_AND_LEGAL_CONSTRAINTS("Few ethical and legal constraints", MechanismType.AUTONOMOUS_AGENT,
			"No human in the loop is acceptable.");

	private final String label;
	private final MechanismType requiredFrom;
	private final String meaning;

	NecessaryCondition(String label, MechanismType requiredFrom, String meaning) {
		this.label = label;
		this.requiredFrom = requiredFrom;
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
