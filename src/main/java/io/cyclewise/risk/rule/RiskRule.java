package io.cyclewise.risk.rule;

import java.util.List;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;

/**
 * One rule: reads the inputs, compares with thresholds, says why it fired. Plain Java, no I/O. Each rule is a Spring
 * bean ({@code @Component}); {@link RiskRules} collects them all, so adding a rule needs no list to extend.
 * Its words are in {@code i18n/risk.properties}: {@code risk.rule.<key>.title} and {@code risk.rule.<key>.concept}.
 */
public interface RiskRule {

	/**
	 * Identifies the rule for good: stored with each flag ({@code risk_flag.rule}), part of its message keys and the
	 * API's {@code rule} filter. Upper case with underscores, at most 40 characters; never rename it once flags exist.
	 */
	String key();

	Characteristic characteristic();

	/** The alignment practice that answers the rule's flags. */
	AlignmentPractice practice();

	List<RiskFinding> evaluate(RiskInputs inputs, RiskThresholds thresholds);

	default RiskFinding finding(String subject, Severity severity, String explanation) {
		return new RiskFinding(key(), subject, severity, explanation);
	}

	default String titleCode() {
		return titleCode(key());
	}

	/** The seed concept the rule operationalizes, in the study's words. */
	default String conceptCode() {
		return "risk.rule." + key() + ".concept";
	}

	/** The group of alignment practices its practice belongs to (its words are in this module's bundle). */
	default String practiceGroupCode() {
		return "risk.practiceGroup." + practice().group().name();
	}

	static String titleCode(String key) {
		return "risk.rule." + key + ".title";
	}
}
