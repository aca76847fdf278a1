package io.cyclewise.risk;

import java.time.Instant;
import java.time.LocalDate;

/** A flag as pages show it: with its rule's concept and practice, and the acceptance in force, if any. */
public record RiskFlagView(RiskFlag flag, RiskAcceptance acceptance, LocalDate today) {

	public RiskRuleKind rule() {
		return flag.getRule();
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
