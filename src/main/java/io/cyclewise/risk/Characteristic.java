package io.cyclewise.risk;

import io.cyclewise.shared.DomainTerm;
import io.cyclewise.shared.Study;

/** What a flag is about: the ML-based capability alignment study's two structural characteristics, and the JSIS 2022 value-creation study's mechanism–condition fit. */
public enum Characteristic implements DomainTerm {
	TEMPORAL_COMPLEXITY(Study.ALIGNMENT),
	CONTEXT_SENSITIVITY(Study.ALIGNMENT),
	MECHANISM_FIT(Study.VALUE_CREATION);

	private final Study source;

	Characteristic(Study source) {
		this.source = source;
	}

	/** The study it comes from, by the name the Sources page lists it under. */
	public String source() {
		return source.citation();
	}

	/** The value used in {@code /initiatives?only=…} links, e.g. {@code open-flag-temporal-complexity}. */
	public String criterionName() {
		return "open-flag-" + name().toLowerCase().replace('_', '-');
	}
}
