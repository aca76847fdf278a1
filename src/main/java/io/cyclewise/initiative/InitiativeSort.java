package io.cyclewise.initiative;

import org.springframework.data.domain.Sort;

/** The orders the list offers; only these reach the database, so a crafted sort cannot. */
public enum InitiativeSort {
	NAME("Name", Sort.by("name")),
	RECENTLY_UPDATED("Recently updated", Sort.by(Sort.Direction.DESC, "updatedAt")),
	ALIGNMENT_PHASE("Alignment phase", Sort.by("alignmentPhase", "name")),
	LIFECYCLE_STAGE("Lifecycle stage", Sort.by("lifecycleStage", "name")),
	BUSINESS_UNIT("Business unit", Sort.by("businessUnit.name", "name"));

	private final String label;
	private final Sort sort;

	InitiativeSort(String label, Sort sort) {
		this.label = label;
		this.sort = sort;
	}

	public String label() {
		return label;
	}

	public Sort sort() {
		return sort.and(Sort.by("id"));
	}
}
