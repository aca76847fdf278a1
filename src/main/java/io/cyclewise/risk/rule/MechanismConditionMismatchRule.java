package io.cyclewise.risk.rule;

import java.util.List;

import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskInputs;
import io.cyclewise.risk.RiskRule;
import io.cyclewise.risk.RiskRuleKind;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;

/** The current mechanism requires necessary conditions that are not met (the JSIS 2022 value-creation study). */
public class MechanismConditionMismatchRule implements RiskRule {

	@Override
	public RiskRuleKind kind() {
		return RiskRuleKind.MECHANISM_CONDITION_MISMATCH;
	}

	@Override
	public List<RiskFinding> evaluate(RiskInputs inputs, RiskThresholds thresholds) {
		if (inputs.missingConditions().isEmpty()) {
			return List.of();
		}
		return List.of(finding("mechanism", inputs.operational() ? Severity.CRITICAL : Severity.WARNING,
				inputs.mechanism().label() + " requires necessary conditions that are not met: "
						+ String.join(", ", inputs.missingConditions()) + "."
						+ (inputs.supportedMechanism() == null ? ""
								: " The met conditions support " + inputs.supportedMechanism() + ".")));
	}
}
