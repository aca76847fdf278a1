package io.cyclewise.risk.internal;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.cyclewise.checklist.InitiativeCompletion;
import io.cyclewise.risk.RollupGeneration;
import io.cyclewise.risk.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The dashboard's read model ({@code risk_rollup}, V40): one row per initiative with its open flags by
 * characteristic and by severity, its risk score and its checklist completion, and ({@code risk_rollup_week}) its
 * flags raised and cleared per week, rewritten whenever the risk engine recomputes the initiative, in the same
 * transaction as its flags. The dashboard reads these small rows instead of
 * aggregating flags, acceptances and answers on every request.
 */
@Repository
public class RiskRollup {

	/** The weights of {@link Severity} as SQL, so the score and the enum cannot disagree. */
	static final String SEVERITY_WEIGHT = Arrays.stream(Severity.values())
		.map(severity -> "WHEN '" + severity.name() + "' THEN " + severity.weight())
		.collect(Collectors.joining(" ", "CASE f.severity ", " END"));

	private final JdbcClient jdbc;
	private final RollupGeneration generation;

	RiskRollup(JdbcClient jdbc, RollupGeneration generation) {
		this.jdbc = jdbc;
		this.generation = generation;
	}

	/**
	 * Caches of aggregates over the rollup are keyed by {@code risk_rollup_generation}; it moves on only after the
	 * commit, so a reader that sees the new generation also sees the new rows.
	 */
	public void newGenerationAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				generation.advance();
			}
		});
	}

	/** Flags accepted until {@code today} or later count for the heat map but not for the score. */
	public void refresh(Collection<InitiativeCompletion> completions, Collection<Long> initiativeIds, Instant evaluatedAt,
			LocalDate today) {
		Map<Long, InitiativeCompletion> byInitiative = new HashMap<>();
		completions.forEach(completion -> byInitiative.put(completion.initiativeId(), completion));
		Long[] ids = initiativeIds.toArray(Long[]::new);
		Long[] met = new Long[ids.length];
		Long[] applicable = new Long[ids.length];
		Long[] conditionsMet = new Long[ids.length];
		Long[] conditionsRequired = new Long[ids.length];
		for (int i = 0; i < ids.length; i++) {
			InitiativeCompletion completion = byInitiative.getOrDefault(ids[i], new InitiativeCompletion(ids[i], 0, 0, 0, 0));
			met[i] = completion.met();
			applicable[i] = completion.applicable();
			conditionsMet[i] = completion.conditionsMet();
			conditionsRequired[i] = completion.conditionsRequired();
		}
		jdbc.sql("""
				WITH completion AS (
				  SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
				    AS c(initiative_id, met, applicable, conditions_met, conditions_required)),
				open_flag AS (
				  SELECT f.initiative_id, f.characteristic, f.severity,
				         EXISTS (SELECT 1 FROM risk_acceptance a WHERE a.flag_id = f.id AND a.expires_on >= ?) AS accepted
				  FROM risk_flag f WHERE f.cleared_at IS NULL AND f.initiative_id = ANY(?))
				INSERT INTO risk_rollup (initiative_id, evaluated_at, temporal_open, context_open, mechanism_fit_open,
				                         critical_open, warning_open, info_open, risk_score,
				                         checklist_met, checklist_applicable, conditions_met, conditions_required)
				SELECT c.initiative_id, ?,
				       count(f.severity) FILTER (WHERE f.characteristic = 'TEMPORAL_COMPLEXITY'),
				       count(f.severity) FILTER (WHERE f.characteristic = 'CONTEXT_SENSITIVITY'),
				       count(f.severity) FILTER (WHERE f.characteristic = 'MECHANISM_FIT'),
				       count(f.severity) FILTER (WHERE f.severity = 'CRITICAL' AND NOT f.accepted),
				       count(f.severity) FILTER (WHERE f.severity = 'WARNING' AND NOT f.accepted),
				       count(f.severity) FILTER (WHERE f.severity = 'INFO' AND NOT f.accepted),
				       coalesce(sum(%s) FILTER (WHERE NOT f.accepted), 0),
				       c.met, c.applicable, c.conditions_met, c.conditions_required
				FROM completion c LEFT JOIN open_flag f ON f.initiative_id = c.initiative_id
				GROUP BY c.initiative_id, c.met, c.applicable, c.conditions_met, c.conditions_required
				ON CONFLICT (initiative_id) DO UPDATE SET evaluated_at = excluded.evaluated_at,
				  temporal_open = excluded.temporal_open, context_open = excluded.context_open,
				  mechanism_fit_open = excluded.mechanism_fit_open, critical_open = excluded.critical_open,
				  warning_open = excluded.warning_open, info_open = excluded.info_open, risk_score = excluded.risk_score,
				  checklist_met = excluded.checklist_met, checklist_applicable = excluded.checklist_applicable,
				  conditions_met = excluded.conditions_met, conditions_required = excluded.conditions_required
				""".formatted(SEVERITY_WEIGHT))
			.params(ids, met, applicable, conditionsMet, conditionsRequired, today, ids, Timestamp.from(evaluatedAt))
			.update();
		refreshWeeks(ids, today);
	}

	/** The weeks the dashboard charts: this one and the 26 before it (one more than it shows, for the day it turns). */
	private void refreshWeeks(Long[] ids, LocalDate today) {
		LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(26);
		jdbc.sql("DELETE FROM risk_rollup_week WHERE initiative_id = ANY(?)").param(ids).update();
		jdbc.sql("""
				INSERT INTO risk_rollup_week (initiative_id, week, raised, cleared)
				SELECT initiative_id, week, sum(raised), sum(cleared) FROM (
				  SELECT initiative_id, date_trunc('week', raised_at)::date AS week, 1 AS raised, 0 AS cleared
				  FROM risk_flag WHERE initiative_id = ANY(?) AND raised_at >= ?
				  UNION ALL
				  SELECT initiative_id, date_trunc('week', cleared_at)::date, 0, 1
				  FROM risk_flag WHERE initiative_id = ANY(?) AND cleared_at >= ?) flag_event
				GROUP BY initiative_id, week
				""").params(ids, from, ids, from).update();
	}
}
