package io.cyclewise.risk.rule;

import java.util.ArrayList;
import java.util.List;

import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskInputs;
import io.cyclewise.risk.RiskRule;
import io.cyclewise.risk.RiskThresholds;

/** All rules, evaluated together: the flags an initiative should have open right now. */
public final class RiskRules {

	private static final List<RiskRule> ALL = List.of(new UnrealisticExpectationRule(), new DivergentExpectationsRule(),
			new NonTechnicalWorkOverlookedRule(), new PaceMismatchRule(), new TechnologyCycleOverFocusRule(),
			new TaskContextDriftRule(), new InconsistentPerformanceRule(), ContextChangeEventRule.organizational(),
			ContextChangeEventRule.external(), new MechanismConditionMismatchRule(),
			new ConditionsNotAssessedRule());

	private RiskRules() {
	}

	public static List<RiskFinding> evaluate(RiskInputs inputs, RiskThresholds thresholds) {
		List<RiskFinding> findings = new ArrayList<>();
		for (RiskRule rule : ALL) {
			findings.addAll(rule.evaluate(inputs, thresholds));
		}
		return findings;
	}
}
