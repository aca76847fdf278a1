package io.cyclewise.risk.rule;

import java.util.List;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;
import org.springframework.stereotype.Component;

/** The current mechanism requires necessary conditions that are not met (the JSIS 2022 value-creation study). */
@Component
public class MechanismConditionMismatchRule implements RiskRule {

	public static final String KEY = "MECHANISM_CONDITION_MISMATCH";

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public Characteristic characteristic() {
		return Characteristic.MECHANISM_FIT;
	}

	@Override
	public AlignmentPractice practice() {
		return AlignmentPractice.MANAGING_EXPECTATIONS;
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
