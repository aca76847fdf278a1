package io.cyclewise.risk.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;
import io.cyclewise.risk.Threshold;
import io.cyclewise.risk.rule.RiskInputs.ExpectationInput;
import org.springframework.stereotype.Component;

/** Stakeholders of one initiative expect the same metric at dates or values further apart than the thresholds. */
@Component
public class DivergentExpectationsRule implements RiskRule {

	public static final String KEY = "DIVERGENT_EXPECTATIONS";

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
		Map<String, List<ExpectationInput>> byMetric = inputs.expectations().stream()
			.collect(Collectors.groupingBy(e -> Text.key(e.metric()), LinkedHashMap::new, Collectors.toList()));
		List<RiskFinding> findings = new ArrayList<>();
		byMetric.forEach((metric, expectations) -> {
			if (expectations.stream().map(e -> Text.key(e.stakeholder())).distinct().count() < 2) {
				return;
			}
			LocalDate earliest = expectations.stream().map(ExpectationInput::dueDate).min(Comparator.naturalOrder()).orElseThrow();
			LocalDate latest = expectations.stream().map(ExpectationInput::dueDate).max(Comparator.naturalOrder()).orElseThrow();
			long dateSpread = ChronoUnit.DAYS.between(earliest, latest);
			BigDecimal low = expectations.stream().map(ExpectationInput::target).min(Comparator.naturalOrder()).orElseThrow();
			BigDecimal high = expectations.stream().map(ExpectationInput::target).max(Comparator.naturalOrder()).orElseThrow();
			double scale = Math.max(Math.abs(high.doubleValue()), Math.abs(low.doubleValue()));
			double valueSpread = scale == 0 ? 0 : (high.doubleValue() - low.doubleValue()) / scale * 100;
			int maxDays = thresholds.whole(Threshold.EXPECTATION_DATE_SPREAD_DAYS);
			double maxPercent = thresholds.get(Threshold.EXPECTATION_VALUE_SPREAD_PERCENT);
			List<String> reasons = new ArrayList<>();
			if (dateSpread > maxDays) {
				reasons.add("their dates are " + dateSpread + " days apart (threshold " + maxDays + ")");
			}
			if (valueSpread > maxPercent) {
				reasons.add("their targets differ by " + Text.percent(valueSpread) + " (threshold " + Text.percent(maxPercent) + ")");
			}
			if (!reasons.isEmpty()) {
				String who = expectations.stream()
					.map(e -> e.stakeholder() + ": " + Text.number(e.target()) + " by " + e.dueDate())
					.collect(Collectors.joining("; "));
				findings.add(finding("metric-" + metric, Severity.WARNING, "Stakeholders expect "
						+ expectations.get(0).metric() + " differently (" + who + "): " + String.join(" and ", reasons) + "."));
			}
		});
		return findings;
	}
}
