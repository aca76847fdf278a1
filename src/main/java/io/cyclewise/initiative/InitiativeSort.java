package io.cyclewise.initiative;

import org.springframework.data.domain.Sort;

/** The orders the list offers; only these reach the database, so a crafted sort cannot. Their words are
 * {@code initiative.sort.<NAME>} in the initiative bundle. */
public enum InitiativeSort {
	NAME(Sort.by("name")),
	RECENTLY_UPDATED(Sort.by(Sort.Direction.DESC, "changedAt")),
	ALIGNMENT_PHASE(Sort.by("alignmentPhase", "name")),
	LIFECYCLE_STAGE(Sort.by("lifecycleStage", "name")),
	BUSINESS_UNIT(Sort.by("businessUnit.name", "name"));

	private final Sort sort;

	InitiativeSort(Sort sort) {
		this.sort = sort;
	}

	public Sort sort() {
		return sort.and(Sort.by("id"));
	}
}
