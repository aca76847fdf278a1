package io.cyclewise.risk;

import java.util.List;

/** One rule: reads the inputs, compares with thresholds, says why it fired. Plain Java, no I/O. */
public interface RiskRule {

	RiskRuleKind kind();

	List<RiskFinding> evaluate(RiskInputs inputs, RiskThresholds thresholds);

	default RiskFinding finding(String subject, Severity severity, String explanation) {
		return new RiskFinding(kind(), subject, severity, explanation);
	}
}
