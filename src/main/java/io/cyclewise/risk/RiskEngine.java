package io.cyclewise.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.cyclewise.risk.rule.RiskRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes an initiative's flags from its current inputs and stores what was raised and cleared. */
@Service
public class RiskEngine {

	private final RiskInputsAssembler assembler;
	private final RiskThresholdService thresholds;
	private final RiskFlagRepository flags;
	private final Clock clock;

	RiskEngine(RiskInputsAssembler assembler, RiskThresholdService thresholds, RiskFlagRepository flags, Clock clock) {
		this.assembler = assembler;
		this.thresholds = thresholds;
		this.flags = flags;
		this.clock = clock;
	}

	@Transactional
	public void recompute(long initiativeId) {
		recompute(initiativeId, thresholds.current());
	}

	@Transactional
	void recompute(long initiativeId, RiskThresholds current) {
		List<RiskFinding> findings = RiskRules.evaluate(assembler.assemble(initiativeId), current);
		Instant now = clock.instant();
		var outcome = RiskFlagReconciliation.reconcile(initiativeId,
				flags.findByInitiativeIdAndClearedAtIsNull(initiativeId), findings, now);
		flags.saveAll(outcome.cleared());
		flags.flush();
		flags.saveAll(outcome.kept());
		flags.saveAll(outcome.raised());
	}
}
