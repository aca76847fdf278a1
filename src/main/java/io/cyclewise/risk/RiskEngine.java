package io.cyclewise.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.cyclewise.initiative.InitiativeRepository;
import io.cyclewise.risk.rule.RiskRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Recomputes an initiative's flags from its current inputs and stores what was raised and cleared. */
@Service
public class RiskEngine {

	private final RiskInputsAssembler assembler;
	private final RiskThresholdService thresholds;
	private final RiskFlagRepository flags;
	private final Clock clock;
	private final InitiativeRepository initiatives;
	private final TransactionTemplate transaction;

	RiskEngine(RiskInputsAssembler assembler, RiskThresholdService thresholds, RiskFlagRepository flags, Clock clock,
			InitiativeRepository initiatives, TransactionTemplate transaction) {
		this.initiatives = initiatives;
		this.transaction = transaction;
		this.assembler = assembler;
		this.thresholds = thresholds;
		this.flags = flags;
		this.clock = clock;
	}

	@Transactional
	public void recompute(long initiativeId) {
		recompute(initiativeId, thresholds.current());
	}

	/** Every initiative, one transaction each (e.g. nightly, or after a threshold changed). */
	public int recomputeAll() {
		RiskThresholds current = thresholds.current();
		List<Long> ids = initiatives.findAllIds();
		for (Long id : ids) {
			transaction.executeWithoutResult(status -> recompute(id, current));
		}
		return ids.size();
	}

	private void recompute(long initiativeId, RiskThresholds current) {
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
