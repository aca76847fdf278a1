package io.cyclewise.checklist;

import io.cyclewise.shared.DomainTerm;

/**
 * The JSIS 2022 value-creation study: who drove the shift. Left-to-right shifts were mostly driven by managers, right-to-left ones by data
 * scientists together with domain experts.
 */
public enum ShiftInitiator implements DomainTerm {
	MANAGEMENT,
	DATA_SCIENTISTS,
	OTHER
}
