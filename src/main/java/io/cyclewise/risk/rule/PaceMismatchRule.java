package io.cyclewise.risk.rule;

import java.util.ArrayList;
import java.util.List;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;
import io.cyclewise.risk.Threshold;
import org.springframework.stereotype.Component;

/** The Technology Cycle's pace and the Organization or User Cycle's pace differ by more than a factor. */
@Component
public class PaceMismatchRule implements RiskRule {

	public static final String KEY = "PACE_MISMATCH";

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public Characteristic characteristic() {
		return Characteristic.TEMPORAL_COMPLEXITY;
	}

	@Override
	public AlignmentPractice practice() {
		return AlignmentPractice.SYNCHRONIZING_EFFORTS;
	}

	@Override
	public List<RiskFinding> evaluate(RiskInputs inputs, RiskThresholds thresholds) {
		List<RiskFinding> findings = new ArrayList<>();
		compare(inputs.technologyPaceDays(), inputs.organizationPaceDays(), "Organization", "organization", thresholds, findings);
		compare(inputs.technologyPaceDays(), inputs.userPaceDays(), "User", "user", thresholds, findings);
		return findings;
	}

	private void compare(int technology, int other, String otherName, String subject, RiskThresholds thresholds,
			List<RiskFinding> findings) {
		double factor = (double) Math.max(technology, other) / Math.min(technology, other);
		double limit = thresholds.get(Threshold.PACE_MISMATCH_FACTOR);
		if (factor > limit) {
			findings.add(finding(subject, Severity.WARNING, "The ML Technology Cycle iterates every " + technology
					+ " days, the ML " + otherName + " Cycle every " + other + " days: " + Text.factor(factor, limit)
					+ " apart, more than the " + Text.number(limit) + "× threshold."));
		}
	}
}
