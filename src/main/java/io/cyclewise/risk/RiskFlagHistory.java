package io.cyclewise.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.cyclewise.risk.internal.RecomputationQueue;
import io.cyclewise.risk.internal.RiskFlag;
import io.cyclewise.risk.internal.RiskFlagRepository;
import io.cyclewise.risk.rule.RiskRule;
import io.cyclewise.risk.rule.RiskRules;
import io.cyclewise.shared.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records flags that were raised and cleared in the past, e.g. when importing a portfolio's earlier risk register
 * or loading the demo's backstory. Live flags come only from {@link RiskEngine}.
 */
@Service
public class RiskFlagHistory {

	private final RiskFlagRepository flags;
	private final RiskRules rules;
	private final RecomputationQueue recomputations;
	private final Clock clock;

	RiskFlagHistory(RiskFlagRepository flags, RiskRules rules, RecomputationQueue recomputations, Clock clock) {
		this.flags = flags;
		this.rules = rules;
		this.recomputations = recomputations;
		this.clock = clock;
	}

	@Transactional
	public void recordPast(long initiativeId, RiskFinding finding, Instant raisedAt, Instant clearedAt) {
		if (!raisedAt.isBefore(clearedAt) || clearedAt.isAfter(clock.instant())) {
			throw new ConflictException("risk.history.pastFlagDates");
		}
		RiskRule rule = rules.find(finding.rule())
			.orElseThrow(() -> new ConflictException("risk.history.unknownRule", finding.rule()));
		RiskFlag flag = new RiskFlag(initiativeId, finding, rule.characteristic(), raisedAt);
		flag.clear(clearedAt);
		flags.save(flag);
		// The dashboard's weekly counts come from the rollup, which the next recomputation brings up to date.
		recomputations.mark(List.of(initiativeId), "Past flags recorded");
	}
}
