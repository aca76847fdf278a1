package io.cyclewise.risk.rule;

import java.util.ArrayList;
import java.util.List;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;
import io.cyclewise.risk.rule.RiskInputs.AcknowledgedEventInput;
import io.cyclewise.risk.rule.RiskInputs.OutcomeEvidence;
import io.cyclewise.signal.ContextChangeType;

/**
 * An organizational-context or external-environment change in the initiative's scope that its lead has not
 * acknowledged, or has acknowledged with an outcome that still lacks its evidence (retrained: an observation or data
 * check on or after the change; returned: a review that returned the initiative to an earlier phase on or after it).
 * "No impact" clears at once: it is a judgement shown for review. Critical while the model runs on live data (it may be
 * "broken overnight"), a warning otherwise; the subject is the event, so an acknowledged flag stays the same flag.
 */
abstract class ContextChangeEventRule implements RiskRule {

	private final ContextChangeType type;
	private final String description;

	ContextChangeEventRule(ContextChangeType type, String description) {
		this.type = type;
		this.description = description;
	}

	@Override
	public Characteristic characteristic() {
		return Characteristic.CONTEXT_SENSITIVITY;
	}

	@Override
	public AlignmentPractice practice() {
		return AlignmentPractice.LEARNING_TO_LEARN;
	}

	@Override
	public List<RiskFinding> evaluate(RiskInputs inputs, RiskThresholds thresholds) {
		Severity severity = inputs.operational() ? Severity.CRITICAL : Severity.WARNING;
		String live = inputs.operational() ? "; the model runs on live data." : ".";
		List<RiskFinding> findings = new ArrayList<>();
		inputs.openEvents().stream().filter(event -> event.type() == type)
			.forEach(event -> findings.add(finding("event-" + event.id(), severity, "The " + description + " “"
					+ event.title() + "” of " + event.occurredOn() + " affects this initiative and is not acknowledged yet"
					+ live)));
		for (AcknowledgedEventInput event : inputs.acknowledgedEvents()) {
			if (event.type() != type) {
				continue;
			}
			String missing = missingEvidence(event, inputs.evidence());
			if (missing != null) {
				findings.add(finding("event-" + event.id(), severity, "The " + description + " “" + event.title()
						+ "” of " + event.occurredOn() + " was acknowledged by " + event.acknowledgedBy() + " as "
						+ missing + live));
			}
		}
		return findings;
	}

	/** What the outcome still lacks, in words that follow "acknowledged as"; null when its evidence exists. */
	private static String missingEvidence(AcknowledgedEventInput event, OutcomeEvidence evidence) {
		return switch (event.outcome()) {
			case NO_IMPACT -> null;
			case RETRAINED_OR_RECALIBRATED -> evidence.measuredSince(event.occurredOn()) ? null
					: "retrained, but no observation or data check dated on or after " + event.occurredOn() + " yet";
			case RETURNED_TO_EARLIER_PHASE -> evidence.returnedToEarlierPhaseSince(event.occurredOn()) ? null
					: "returned to an earlier phase, but no review dated on or after " + event.occurredOn()
							+ " returned the initiative to an earlier alignment phase yet";
		};
	}
}
