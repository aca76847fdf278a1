package io.cyclewise.risk;

/** Seed 000's alignment practices: what a flag recommends. */
public enum AlignmentPractice {
	SYNCHRONIZING_EFFORTS("Synchronizing efforts", "Fostering temporal congruence",
			"E.g. a role that filters and buffers requests to data scientists; a business sponsor who keeps the project alive through slow approvals."),
	FORGING_NEW_ROLES("Forging new roles", "Fostering temporal congruence",
			"E.g. an MLbC Product Owner, ML Trainers, user ambassadors who give timely feedback."),
	MANAGING_EXPECTATIONS("Managing expectations", "Fostering temporal congruence",
			"About performance and about the time to reach it, in both directions: users must also be able to change their own pace."),
	LEARNING_TO_LEARN("Learning to learn", "Cultivating organizational meta-learning",
			"Education across levels, learning at the intersection of user and organization cycles, data scientists learning the business."),
	EMBRACING_DATA_WORK("Embracing data work", "Cultivating organizational meta-learning",
			"Continuous, cross-functional work to acquire, process and use data; context sensitivity falls as the commitment to data work rises.");

	private final String label;
	private final String family;
	private final String meaning;

	AlignmentPractice(String label, String family, String meaning) {
		this.label = label;
		this.family = family;
		this.meaning = meaning;
	}

	public String label() {
		return label;
	}

	/** The practice family of seed 000: fostering temporal congruence or cultivating organizational meta-learning. */
	public String family() {
		return family;
	}

	public String meaning() {
		return meaning;
	}
}
