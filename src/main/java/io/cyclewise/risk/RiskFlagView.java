package io.cyclewise.risk;

import java.time.Instant;
import java.time.LocalDate;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.risk.internal.RiskAcceptance;
import io.cyclewise.risk.internal.RiskFlag;

/**
 * A flag as pages show it: with the acceptance in force, if any, its rule's title in the reader's language and the
 * alignment practice that answers it.
 * Other modules read it through the accessors below ({@code flag()} and {@code acceptance()} are the module's own).
 */
public record RiskFlagView(RiskFlag flag, RiskAcceptance acceptance, LocalDate today, String ruleTitle,
		AlignmentPractice practice) {

	/** The key of the rule that raised it, e.g. {@code PACE_MISMATCH}. */
	public String rule() {
		return flag.getRule();
	}

	/** The study's concept the rule operationalizes, as a message code of this module's bundle. */
	public String conceptCode() {
		return "risk.rule." + rule() + ".concept";
	}

	public String practiceGroupCode() {
		return "risk.practiceGroup." + practice.group().name();
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
