package io.cyclewise.risk.rule;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;
import io.cyclewise.risk.Threshold;
import io.cyclewise.risk.rule.RiskInputs.ExpectationInput;
import io.cyclewise.risk.rule.RiskInputs.ObservationInput;
import org.springframework.stereotype.Component;

/**
 * A stakeholder expects a target sooner than the Technology Cycle can deliver: fewer iterations fit before the date
 * than the steps still needed to reach Deployed plus the iterations an improvement takes. Or the date passed and the
 * latest operational value misses the target.
 */
@Component
public class UnrealisticExpectationRule implements RiskRule {

	public static final String KEY = "UNREALISTIC_EXPECTATION";

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
		return AlignmentPractice.MANAGING_EXPECTATIONS;
	}

	@Override
	public List<RiskFinding> evaluate(RiskInputs inputs, RiskThresholds thresholds) {
		List<RiskFinding> findings = new ArrayList<>();
		if (inputs.technologyState() == TechnologyCycleState.RETIRED) {
			return findings;
		}
		for (ExpectationInput expectation : inputs.expectations()) {
			Optional<ObservationInput> operational = latest(inputs, expectation, true);
			String expects = expectation.stakeholder() + " expects " + expectation.metric()
					+ (expectation.higherIsBetter() ? " ≥ " : " ≤ ") + Text.number(expectation.target()) + " by "
					+ expectation.dueDate();
			if (expectation.dueDate().isBefore(inputs.today())) {
				operational.filter(latest -> !expectation.isMetBy(latest.value()))
					.ifPresent(latest -> findings.add(finding("expectation-" + expectation.id(), Severity.CRITICAL,
							expects + "; the date passed and the latest operational value ("
									+ latest.observedOn() + ", " + latest.userContext() + ") is "
									+ Text.number(latest.value()) + ".")));
				continue;
			}
			Optional<ObservationInput> best = operational.or(() -> latest(inputs, expectation, false));
			boolean gap = best.map(latest -> !expectation.isMetBy(latest.value())).orElse(true);
			int steps = stepsToDeployed(inputs.technologyState());
			int perImprovement = thresholds.whole(Threshold.ITERATIONS_PER_IMPROVEMENT);
			int needed = steps + (gap ? perImprovement : 0);
			long daysLeft = ChronoUnit.DAYS.between(inputs.today(), expectation.dueDate());
			long iterationsLeft = daysLeft / inputs.technologyPaceDays();
			if (needed > 0 && iterationsLeft < needed) {
				String why = (steps > 0 ? steps + " step(s) from " + label(inputs.technologyState()) + " to Deployed" : "")
						+ (steps > 0 && gap ? " plus " : "")
						+ (gap ? perImprovement + " per improvement (threshold) because "
								+ best.map(latest -> "the latest value " + Text.number(latest.value()) + " misses the target")
									.orElse("no observation shows the target met yet")
								: "");
				findings.add(finding("expectation-" + expectation.id(), Severity.WARNING,
						expects + " (" + daysLeft + " days away). At a Technology Cycle pace of "
								+ inputs.technologyPaceDays() + " days that leaves " + iterationsLeft
								+ " iteration(s), but " + needed + " are needed: " + why + "."));
			}
		}
		return findings;
	}

	private static Optional<ObservationInput> latest(RiskInputs inputs, ExpectationInput expectation, boolean operational) {
		return inputs.observations().stream()
			.filter(o -> o.operational() == operational && Text.key(o.metric()).equals(Text.key(expectation.metric())))
			.max(Comparator.comparing(ObservationInput::observedOn));
	}

	private static int stepsToDeployed(TechnologyCycleState state) {
		return switch (state) {
			case EXPLORING -> 3;
			case PROTOTYPING -> 2;
			case VALIDATING -> 1;
			case DEPLOYED, RETRAINING, RETIRED -> 0;
		};
	}

	private static String label(TechnologyCycleState state) {
		return state.label();
	}
}
