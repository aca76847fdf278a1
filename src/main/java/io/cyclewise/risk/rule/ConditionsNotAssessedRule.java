package io.cyclewise.risk.rule;

import java.util.List;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;
import org.springframework.stereotype.Component;

/**
 * Past requirements analysis, a necessary condition of the current mechanism that nobody has answered yet is a
 * finding of its own: the mismatch rule cannot see a condition that was never assessed (the JSIS 2022 value-creation
 * study). Info only — it asks for an assessment, it does not say the condition fails. Any answer clears it.
 */
@Component
public class ConditionsNotAssessedRule implements RiskRule {

	public static final String KEY = "CONDITIONS_NOT_ASSESSED";

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
		if (!inputs.pastRequirementsAnalysis() || inputs.unassessedConditions().isEmpty()) {
			return List.of();
		}
		List<String> conditions = inputs.unassessedConditions();
		return List.of(finding("mechanism-conditions", Severity.INFO,
				"The initiative is past requirements analysis (now " + inputs.stage().label() + "), but "
						+ conditions.size() + " necessary condition(s) that " + inputs.mechanism().label()
						+ " requires have not been assessed: " + String.join(", ", conditions)
						+ ". Assess them in the value-creation mechanism conditions checklist (met, partly met, not met"
						+ " or not applicable), so a missing condition shows up before the mechanism is relied on."));
	}
}
