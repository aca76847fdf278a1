package io.cyclewise.risk.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;
import io.cyclewise.risk.Threshold;
import io.cyclewise.risk.rule.RiskInputs.ObservationInput;
import org.springframework.stereotype.Component;

/**
 * Per metric: the latest operational values across user contexts spread more than a threshold, or operational
 * performance is much worse than training performance.
 */
@Component
public class InconsistentPerformanceRule implements RiskRule {

	public static final String KEY = "INCONSISTENT_PERFORMANCE";

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public Characteristic characteristic() {
		return Characteristic.CONTEXT_SENSITIVITY;
	}

	@Override
	public AlignmentPractice practice() {
		return AlignmentPractice.EMBRACING_DATA_WORK;
	}

	@Override
	public List<RiskFinding> evaluate(RiskInputs inputs, RiskThresholds thresholds) {
		Map<String, List<ObservationInput>> byMetric = inputs.observations().stream()
			.collect(Collectors.groupingBy(o -> Text.key(o.metric()), LinkedHashMap::new, Collectors.toList()));
		List<RiskFinding> findings = new ArrayList<>();
		byMetric.forEach((metric, observations) -> {
			List<ObservationInput> operational = observations.stream().filter(ObservationInput::operational).toList();
			if (operational.isEmpty()) {
				return;
			}
			boolean higherIsBetter = operational.get(0).higherIsBetter();
			Comparator<ObservationInput> better = Comparator.comparingDouble(ObservationInput::value);
			if (!higherIsBetter) {
				better = better.reversed();
			}
			ObservationInput best = operational.stream().max(better).orElseThrow();
			ObservationInput worst = operational.stream().min(better).orElseThrow();
			double spreadLimit = thresholds.get(Threshold.CONTEXT_SPREAD_PERCENT);
			double spread = relative(best.value(), worst.value());
			if (operational.size() > 1 && spread > spreadLimit) {
				findings.add(finding("spread-" + metric, Severity.WARNING, "The latest operational " + best.metric()
						+ " is " + Text.number(best.value()) + " in " + best.userContext() + " but " + Text.number(worst.value())
						+ " in " + worst.userContext() + ": " + Text.percent(spread) + " apart, more than the "
						+ Text.percent(spreadLimit) + " threshold."));
			}
			Optional<ObservationInput> training = observations.stream().filter(o -> !o.operational())
				.max(Comparator.comparing(ObservationInput::observedOn));
			double gapLimit = thresholds.get(Threshold.OPERATIONAL_GAP_PERCENT);
			training.ifPresent(trained -> {
				double worseBy = (higherIsBetter ? trained.value() - worst.value() : worst.value() - trained.value());
				double gap = trained.value() == 0 ? 0 : worseBy / Math.abs(trained.value()) * 100;
				if (gap > gapLimit) {
					findings.add(finding("gap-" + metric, Severity.WARNING, "Operational " + worst.metric() + " in "
							+ worst.userContext() + " (" + Text.number(worst.value()) + ", " + worst.observedOn()
							+ ") is " + Text.percent(gap) + " worse than on training/validation data ("
							+ Text.number(trained.value()) + ", " + trained.observedOn() + "); threshold "
							+ Text.percent(gapLimit) + "."));
				}
			});
		});
		return findings;
	}

	private static double relative(double best, double worst) {
		double scale = Math.abs(best);
		return scale == 0 ? 0 : Math.abs(best - worst) / scale * 100;
	}
}
