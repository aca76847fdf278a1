package io.cyclewise.risk.rule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;
import io.cyclewise.risk.Threshold;
import org.springframework.stereotype.Component;

/** The Technology Cycle keeps changing state while the Organization and User Cycles stand still. */
@Component
public class TechnologyCycleOverFocusRule implements RiskRule {

	public static final String KEY = "TECHNOLOGY_CYCLE_OVER_FOCUS";

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
		LocalDate othersLastChanged = inputs.organizationLastChanged().isAfter(inputs.userLastChanged())
				? inputs.organizationLastChanged() : inputs.userLastChanged();
		long stillFor = ChronoUnit.DAYS.between(othersLastChanged, inputs.today());
		long technologyChanges = inputs.technologyStateChanges().stream().filter(d -> d.isAfter(othersLastChanged)).count();
		int minimumStill = thresholds.whole(Threshold.OVER_FOCUS_STILL_DAYS);
		int minimumChanges = thresholds.whole(Threshold.OVER_FOCUS_TECHNOLOGY_CHANGES);
		if (stillFor > minimumStill && technologyChanges >= minimumChanges) {
			return List.of(finding("cycles", Severity.WARNING, "The ML Technology Cycle changed state " + technologyChanges
					+ " times since " + othersLastChanged + " (threshold " + minimumChanges
					+ "), while the ML Organization and User Cycles have not changed for " + stillFor + " days (threshold "
					+ minimumStill + ")."));
		}
		return List.of();
	}
}
