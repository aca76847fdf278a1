package io.cyclewise.checklist;

import io.cyclewise.shared.DomainTerm;

/** The JSIS 2022 value-creation study: whether a shift came from inside the organization or from its environment. */
public enum ShiftCause implements DomainTerm {
	INTERNAL,
	EXTERNAL
}
