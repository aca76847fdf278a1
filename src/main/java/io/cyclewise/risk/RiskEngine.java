package io.cyclewise.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import io.cyclewise.checklist.ChecklistFacts;
import io.cyclewise.risk.internal.RiskFlagReconciliation;
import io.cyclewise.risk.internal.RiskFlagRepository;
import io.cyclewise.risk.internal.RiskInputsAssembler;
import io.cyclewise.risk.internal.RiskRollup;
import io.cyclewise.risk.rule.RiskRule;
import io.cyclewise.risk.rule.RiskRules;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes initiatives' flags from their current inputs, stores what was raised and cleared, and brings their
 * dashboard rollup rows up to date, all in the caller's transaction. Usually called by the
 * RecomputationWorker, one chunk per transaction; changes only mark initiatives (see RecomputationQueue).
 */
@Service
public class RiskEngine {

	private final RiskInputsAssembler assembler;
	private final RiskRules rules;
	private final RiskThresholdService thresholds;
	private final RiskFlagRepository flags;
	private final RiskRollup rollup;
	private final ChecklistFacts checklists;
	private final Clock clock;
	private final EntityManager entityManager;
	private final JdbcClient jdbc;

	/** The first key of the per-initiative advisory locks taken while its flags are recomputed. */
	private static final int ADVISORY_LOCK_CLASS = 1_724_001;

	RiskEngine(RiskInputsAssembler assembler, RiskRules rules, RiskThresholdService thresholds, RiskFlagRepository flags,
			RiskRollup rollup, ChecklistFacts checklists, Clock clock, EntityManager entityManager, JdbcClient jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.assembler = assembler;
		this.rules = rules;
		this.thresholds = thresholds;
		this.flags = flags;
		this.rollup = rollup;
		this.checklists = checklists;
		this.clock = clock;
	}

	/** One initiative now, in its own transaction (e.g. a test, or an operator's repair). */
	@Transactional
	public void recompute(long initiativeId) {
		recompute(List.of(initiativeId));
	}

	/**
	 * The thresholds are read after the caller locked the marks, so a threshold change committed before then is
	 * used, and one committed later has marked these initiatives again.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recompute(Collection<Long> initiativeIds) {
		RiskThresholds current = thresholds.current();
		Instant now = clock.instant();
		for (Long initiativeId : initiativeIds.stream().sorted().toList()) {
			// The worker's chunks never share an initiative (SKIP LOCKED marks), but a direct recompute(id) may meet
			// one: this lock, held until commit, makes them take turns instead of both raising the same flag.
			jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?, ?)) locked")
				.params(ADVISORY_LOCK_CLASS, Long.hashCode(initiativeId)).query(Integer.class).single();
			List<RiskFinding> findings = rules.evaluate(assembler.assemble(initiativeId), current);
			var outcome = RiskFlagReconciliation.reconcile(initiativeId,
					flags.findByInitiativeIdAndClearedAtIsNull(initiativeId), findings, this::characteristicOf, now);
			flags.saveAll(outcome.cleared());
			flags.flush();
			flags.saveAll(outcome.kept());
			flags.saveAll(outcome.raised());
			// Written now and forgotten: a persistence context that grows over the chunk makes every later query's
			// automatic flush check all earlier entities (quadratic in the chunk size).
			entityManager.flush();
			entityManager.clear();
		}
		rollup.refresh(checklists.completionOf(initiativeIds), initiativeIds, now, LocalDate.now(clock));
		rollup.newGenerationAfterCommit();
	}

	private Characteristic characteristicOf(String rule) {
		return rules.find(rule).map(RiskRule::characteristic).orElseThrow();
	}
}
