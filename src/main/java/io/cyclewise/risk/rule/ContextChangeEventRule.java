package io.cyclewise.risk.rule;

import java.util.List;

import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskInputs;
import io.cyclewise.signal.ContextChangeType;
import io.cyclewise.risk.RiskRule;
import io.cyclewise.risk.RiskRuleKind;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;

/**
 * An organizational-context or external-environment change in the initiative's scope that its lead has not
 * acknowledged. Critical while the model runs on live data (it may be "broken overnight"), a warning otherwise.
 */
public class ContextChangeEventRule implements RiskRule {

	private final RiskRuleKind kind;
	private final ContextChangeType type;
	private final String description;

	private ContextChangeEventRule(RiskRuleKind kind, ContextChangeType type, String description) {
		this.kind = kind;
		this.type = type;
		this.description = description;
	}

	public static ContextChangeEventRule organizational() {
		return new ContextChangeEventRule(RiskRuleKind.ORGANIZATIONAL_CONTEXT_CHANGE, ContextChangeType.ORGANIZATIONAL_CONTEXT,
				"organizational-context change");
	}

	public static ContextChangeEventRule external() {
		return new ContextChangeEventRule(RiskRuleKind.EXTERNAL_ENVIRONMENT_CHANGE, ContextChangeType.EXTERNAL_ENVIRONMENT,
				"external-environment change");
	}

	@Override
	public RiskRuleKind kind() {
		return kind;
	}

	@Override
	public List<RiskFinding> evaluate(RiskInputs inputs, RiskThresholds thresholds) {
		return inputs.openEvents().stream().filter(event -> event.type() == type)
			.map(event -> finding("event-" + event.id(), inputs.operational() ? Severity.CRITICAL : Severity.WARNING,
					"The " + description + " “" + event.title() + "” of " + event.occurredOn()
							+ " affects this initiative and is not acknowledged yet"
							+ (inputs.operational() ? "; the model runs on live data." : ".")))
			.toList();
	}
}
