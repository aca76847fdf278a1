package io.cyclewise.checklist;

import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study: the alignment practices, grouped under the two structural characteristics they answer. */
public enum AlignmentPractice implements DomainTerm {
	SYNCHRONIZING_EFFORTS("Synchronizing efforts", Answers.TEMPORAL_CONGRUENCE,
			"E.g. a role that filters and buffers requests to data scientists; a sponsor who keeps a project alive through slow approvals."),
	FORGING_NEW_ROLES("Forging new roles", Answers.TEMPORAL_CONGRUENCE,
			"MLbC Product Owner, ML Trainer, user ambassadors who give timely feedback."),
	MANAGING_EXPECTATIONS("Managing expectations", Answers.TEMPORAL_CONGRUENCE,
			"About performance and about the time to reach it, in both directions: users may change their own pace too."),
	LEARNING_TO_LEARN("Learning to learn", Answers.META_LEARNING,
			"Education across levels, learning where users and organization meet, data scientists learning the business."),
	EMBRACING_DATA_WORK("Embracing data work", Answers.META_LEARNING,
			"Continuous, cross-functional work to acquire, process and use data; context sensitivity falls as the commitment rises.");

	/** The practice group and the structural characteristic it answers. */
	public enum Answers {
		TEMPORAL_CONGRUENCE("Fostering Temporal Congruence", "Temporal Complexity"),
		META_LEARNING("Cultivating Organizational Meta-learning", "Context Sensitivity");

		private final String label;
		private final String characteristic;

		Answers(String label, String characteristic) {
			this.label = label;
			this.characteristic = characteristic;
		}

		public String label() {
			return label;
		}

		public String characteristic() {
			return characteristic;
		}
	}

	private final String label;
	private final Answers group;
	private final String meaning;

	AlignmentPractice(String label, Answers group, String meaning) {
		this.label = label;
		this.group = group;
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

	public Answers group() {
		return group;
	}
}
