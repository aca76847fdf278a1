package io.cyclewise.risk.rule;

import java.util.List;
import java.util.stream.Collectors;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;
import io.cyclewise.risk.Threshold;
import org.springframework.stereotype.Component;

/**
 * Retraining or redeployment is planned (Technology Cycle in Retraining) or just done (Deployed within the window)
 * while organization- and user-side alignment work (roles, data work, user communication) is still open.
 */
@Component
public class NonTechnicalWorkOverlookedRule implements RiskRule {

	public static final String KEY = "NON_TECHNICAL_WORK_OVERLOOKED";

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
		return AlignmentPractice.FORGING_NEW_ROLES;
	}

	@Override
	public List<RiskFinding> evaluate(RiskInputs inputs, RiskThresholds thresholds) {
		if (inputs.openPracticeItems().isEmpty()) {
			return List.of();
		}
		int window = thresholds.whole(Threshold.NON_TECHNICAL_WORK_WINDOW_DAYS);
		String technical;
		if (inputs.technologyState() == TechnologyCycleState.RETRAINING) {
			technical = "The Technology Cycle is retraining";
		}
		else if (inputs.technologyState() == TechnologyCycleState.DEPLOYED && inputs.technologyStateChanges().stream()
			.anyMatch(changed -> !changed.isBefore(inputs.today().minusDays(window)))) {
			technical = "The model was (re)deployed within the last " + window + " days";
		}
		else {
			return List.of();
		}
		String open = inputs.openPracticeItems().stream().limit(3)
			.map(item -> item.item() + " (" + item.practice().label() + ")").collect(Collectors.joining("; "));
		int more = inputs.openPracticeItems().size() - 3;
		return List.of(finding("retraining", Severity.WARNING, technical + " while " + inputs.openPracticeItems().size()
				+ " organization- and user-side alignment item(s) are open: " + open + (more > 0 ? "; and " + more + " more" : "") + "."));
	}
}
