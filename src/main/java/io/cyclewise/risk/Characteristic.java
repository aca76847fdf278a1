package io.cyclewise.risk;

import io.cyclewise.shared.DomainTerm;
import io.cyclewise.shared.Study;

/** What a flag is about: the ML-based capability alignment study's two structural characteristics, and the JSIS 2022 value-creation study's mechanism–condition fit. */
public enum Characteristic implements DomainTerm {
	TEMPORAL_COMPLEXITY("Temporal complexity", Study.ALIGNMENT,
			"The strong dependence between the timing of decisions, actions and outcomes, and the pace at which the cycles iterate."),
	CONTEXT_SENSITIVITY("Context sensitivity", Study.ALIGNMENT,
			"The high vulnerability of an ML-based capability to changes in its context."),
	MECHANISM_FIT("Mechanism–condition fit", Study.VALUE_CREATION,
			"A value-creation mechanism cannot deliver when one of its necessary conditions is not met.");

	private final String label;
	private final Study source;
	private final String meaning;

	Characteristic(String label, Study source, String meaning) {
		this.label = label;
		this.source = source;
		this.meaning = meaning;
	}

	public String label() {
		return label;
	}

	/** The study it comes from, by the name the Sources page lists it under. */
	public String source() {
		return source.citation();
	}

	public String meaning() {
		return meaning;
	}

	/** The value used in {@code /initiatives?only=…} links, e.g. {@code open-flag-temporal-complexity}. */
	public String criterionName() {
		return "open-flag-" + name().toLowerCase().replace('_', '-');
	}
}
