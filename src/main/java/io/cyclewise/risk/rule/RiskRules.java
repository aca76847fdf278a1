package io.cyclewise.risk.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskThresholds;
import org.springframework.stereotype.Component;

/**
 * Every rule bean, evaluated together: the flags an initiative should have open right now. Ordered by characteristic,
 * then key, so pages and evaluations do not depend on the order Spring finds the beans in.
 */
@Component
public class RiskRules {

	private final List<RiskRule> all;

	public RiskRules(List<RiskRule> rules) {
		List<RiskRule> sorted = rules.stream()
			.sorted(Comparator.comparing(RiskRule::characteristic).thenComparing(RiskRule::key))
			.toList();
		if (new HashSet<>(sorted.stream().map(RiskRule::key).toList()).size() != sorted.size()) {
			throw new IllegalStateException("Two risk rules share a key: " + sorted.stream().map(RiskRule::key).toList());
		}
		this.all = sorted;
	}

	public List<RiskRule> all() {
		return all;
	}

	public Optional<RiskRule> find(String key) {
		return all.stream().filter(rule -> rule.key().equals(key)).findFirst();
	}

	public List<RiskFinding> evaluate(RiskInputs inputs, RiskThresholds thresholds) {
		List<RiskFinding> findings = new ArrayList<>();
		for (RiskRule rule : all) {
			findings.addAll(rule.evaluate(inputs, thresholds));
		}
		return findings;
	}
}
