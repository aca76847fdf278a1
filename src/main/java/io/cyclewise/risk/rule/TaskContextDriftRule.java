package io.cyclewise.risk.rule;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;
import io.cyclewise.risk.Threshold;
import io.cyclewise.risk.rule.RiskInputs.DataCheckInput;
import io.cyclewise.signal.ContextChangeType;
import io.cyclewise.signal.DataCheckResult;
import org.springframework.stereotype.Component;

/**
 * The last data check found drift; or an operational model's training data was not checked against operational
 * data within the threshold; or a task-context change event is not acknowledged.
 */
@Component
public class TaskContextDriftRule implements RiskRule {

	public static final String KEY = "TASK_CONTEXT_DRIFT";

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
		List<RiskFinding> findings = new ArrayList<>();
		DataCheckInput check = inputs.latestDataCheck();
		int maxAge = thresholds.whole(Threshold.DATA_CHECK_MAX_AGE_DAYS);
		if (check != null && check.result() == DataCheckResult.DRIFTED) {
			findings.add(finding("data-check", inputs.operational() ? Severity.CRITICAL : Severity.WARNING,
					"The data check of " + check.checkedOn() + " found the training data drifted from the operational data"
							+ (check.driftScore() == null ? "" : " (drift score " + Text.number(check.driftScore()) + ")") + "."));
		}
		else if (inputs.operational()) {
			boolean neverChecked = check == null || check.result() == DataCheckResult.NOT_CHECKED;
			long age = check == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(check.checkedOn(), inputs.today());
			if (neverChecked || age > maxAge) {
				findings.add(finding("data-check", Severity.WARNING, "The model runs on live data, but "
						+ (check == null ? "no data check was ever recorded"
								: neverChecked ? "the last data check (" + check.checkedOn() + ") did not check the data"
										: "the last data check was on " + check.checkedOn() + ", " + age + " days ago")
						+ " (threshold " + maxAge + " days)."));
			}
		}
		inputs.openEvents().stream().filter(event -> event.type() == ContextChangeType.TASK_CONTEXT)
			.forEach(event -> findings.add(finding("event-" + event.id(), Severity.WARNING, "The task-context change “"
					+ event.title() + "” of " + event.occurredOn() + " is not acknowledged yet.")));
		return findings;
	}
}
