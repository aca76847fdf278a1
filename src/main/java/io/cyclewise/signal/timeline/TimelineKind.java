package io.cyclewise.signal.timeline;

import io.cyclewise.shared.DomainTerm;

/** What a timeline entry is about; the page filters by these. */
public enum TimelineKind implements DomainTerm {
	HISTORY("Registry history", "Phase, lifecycle stage, mechanism, cycle states and other registry changes."),
	OBSERVATION("Observation", "A performance value in one user context, from training/validation or operational data."),
	DATA_CHECK("Data check", "Whether the training data still matches the operational data."),
	EVENT("Context change", "A task, organizational or external context change that affects the initiative."),
	ACKNOWLEDGEMENT("Acknowledgement", "The lead's response to a context change."),
	REVIEW("Review", "A sustaining-alignment review and its outcome.");

	private final String label;
	private final String meaning;

	TimelineKind(String label, String meaning) {
		this.label = label;
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
}
