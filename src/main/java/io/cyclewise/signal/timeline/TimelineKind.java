package io.cyclewise.signal.timeline;

import io.cyclewise.shared.DomainTerm;

/** What a timeline entry is about; the page filters by these. */
public enum TimelineKind implements DomainTerm {
	HISTORY,
	OBSERVATION,
	DATA_CHECK,
	EVENT,
	ACKNOWLEDGEMENT,
	REVIEW
}
