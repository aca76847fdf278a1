package io.cyclewise.risk;

import java.time.Instant;
import java.time.LocalDate;

import io.cyclewise.risk.internal.RiskAcceptance;
import io.cyclewise.risk.internal.RiskFlag;

/**
 * A flag as pages show it, with the acceptance in force, if any, and its rule's title in the reader's language.
 * Other modules read it through the accessors below ({@code flag()} and {@code acceptance()} are the module's own).
 */
public record RiskFlagView(RiskFlag flag, RiskAcceptance acceptance, LocalDate today, String ruleTitle) {

	/** The key of the rule that raised it, e.g. {@code PACE_MISMATCH}. */
	public String rule() {
		return flag.getRule();
	}

	public long id() {
		return flag.getId();
	}

	public String subject() {
		return flag.getSubject();
	}

	public Severity severity() {
		return flag.getSeverity();
	}

	public Characteristic characteristic() {
		return flag.getCharacteristic();
	}

	public boolean accepted() {
		return acceptance != null && acceptance.isInForceOn(today);
	}

	public boolean open() {
		return flag.isOpen();
	}

	public Instant raisedAt() {
		return flag.getRaisedAt();
	}
}
