package io.cyclewise.checklist;

import io.cyclewise.shared.DomainTerm;

/** The ML-based capability alignment study: the alignment practices, grouped under the two structural characteristics they answer. */
public enum AlignmentPractice implements DomainTerm {
	SYNCHRONIZING_EFFORTS(Answers.TEMPORAL_CONGRUENCE),
	FORGING_NEW_ROLES(Answers.TEMPORAL_CONGRUENCE),
	MANAGING_EXPECTATIONS(Answers.TEMPORAL_CONGRUENCE),
	LEARNING_TO_LEARN(Answers.META_LEARNING),
	EMBRACING_DATA_WORK(Answers.META_LEARNING);

	/** The practice group, named after the structural characteristic it answers (its words: risk.practiceGroup.*). */
	public enum Answers {
		TEMPORAL_CONGRUENCE,
		META_LEARNING
	}

	private final Answers group;

	AlignmentPractice(Answers group) {
		this.group = group;
	}

	public Answers group() {
		return group;
	}
}
