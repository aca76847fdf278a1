package io.cyclewise.dashboard.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import io.cyclewise.risk.Severity;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio's aggregates, each one SQL statement with GROUP BY over the whole (filtered) portfolio: nothing
 * here loads entities. Flags and checklist completion come from the risk engine's per-initiative rollup
 * ({@code risk_rollup}, {@code risk_rollup_week}), the registry's columns from {@code initiative}; accepted risks
 * from {@code risk_acceptance}.
 */
@Repository
@Transactional(readOnly = true)
class DashboardQueries {

	private static final String OPERATIONAL = "(i.technology_state IN ('DEPLOYED', 'RETRAINING') OR i.lifecycle_stage = 'IN_OPERATION')";

	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;

	DashboardQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Count(String first, String second, long count) {
	}

	/** Initiatives by alignment phase × value-creation mechanism. */
	List<Count> phaseByMechanism(PortfolioScope scope) {
		return jdbc.query("SELECT i.alignment_phase, i.mechanism, count(*) AS n FROM initiative i WHERE " + scope.where()
				+ " GROUP BY i.alignment_phase, i.mechanism", scope.parameters(),
				(rs, row) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)));
	}

	/** Initiatives by lifecycle stage (Papineni & Lind (2023)). */
	List<Count> byStage(PortfolioScope scope) {
		return jdbc.query("SELECT i.lifecycle_stage, count(*) FROM initiative i WHERE " + scope.where()
				+ " GROUP BY i.lifecycle_stage", scope.parameters(), (rs, row) -> new Count(rs.getString(1), null, rs.getLong(2)));
	}

	record Deployment(long initiatives, long deployed, long productive) {
	}

	/** Deployed = the model runs on live data; productive = deployed and broadly used (User Cycle Adopting or Routinized). */
	Deployment deployment(PortfolioScope scope) {
		return jdbc.queryForObject("SELECT count(*), count(*) FILTER (WHERE " + OPERATIONAL + "), count(*) FILTER (WHERE "
				+ OPERATIONAL + " AND i.user_state IN ('ADOPTING', 'ROUTINIZED')) FROM initiative i WHERE " + scope.where(),
				scope.parameters(), (rs, row) -> new Deployment(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
	}

	/** One heat-map cell: open flags of one characteristic in one business unit, and the initiatives carrying them. */
	record HeatCell(long businessUnitId, String businessUnit, String characteristic, long flags, long initiatives) {
	}

	/**
	 * Open flags per business unit and characteristic, with the number of initiatives that carry them: the cell links
	 * to that list of initiatives, so it says both ("5 flags on 3 initiatives").
	 */
	List<HeatCell> openFlagsByUnitAndCharacteristic(PortfolioScope scope) {
		List<HeatCell> cells = new ArrayList<>();
		jdbc.query("SELECT b.id, b.name, sum(r.temporal_open), sum(r.context_open), sum(r.mechanism_fit_open),"
				+ " count(*) FILTER (WHERE r.temporal_open > 0), count(*) FILTER (WHERE r.context_open > 0),"
				+ " count(*) FILTER (WHERE r.mechanism_fit_open > 0)"
				+ " FROM risk_rollup r JOIN initiative i ON i.id = r.initiative_id JOIN business_unit b ON b.id = i.business_unit_id"
				+ " WHERE " + scope.where() + " GROUP BY b.id, b.name"
				+ " HAVING sum(r.temporal_open + r.context_open + r.mechanism_fit_open) > 0 ORDER BY b.name",
				scope.parameters(), rs -> {
					String[] characteristics = { "TEMPORAL_COMPLEXITY", "CONTEXT_SENSITIVITY", "MECHANISM_FIT" };
					for (int column = 0; column < characteristics.length; column++) {
						long flags = rs.getLong(3 + column);
						if (flags > 0) {
							cells.add(new HeatCell(rs.getLong(1), rs.getString(2), characteristics[column], flags,
									rs.getLong(6 + column)));
						}
					}
				});
		return cells;
	}

	record RankedInitiative(long id, String name, String businessUnit, long score, long critical, long warning, long info) {
	}

	/**
	 * Top 10 by risk: open flags not accepted, weighted by {@link Severity#weight()}, as the risk engine stored them
	 * in the rollup (an acceptance marks its initiative for recomputation; expiries are caught by the nightly run).
	 */
	List<RankedInitiative> topByRisk(PortfolioScope scope) {
		return topByRisk(scope, 10);
	}

	/** The same ranking, the first {@code limit} (the board report lists 25). */
	List<RankedInitiative> topByRisk(PortfolioScope scope, int limit) {
		return jdbc.query("SELECT i.id, i.name, b.name, r.risk_score, r.critical_open, r.warning_open, r.info_open"
				+ " FROM risk_rollup r JOIN initiative i ON i.id = r.initiative_id JOIN business_unit b ON b.id = i.business_unit_id"
				+ " WHERE r.risk_score > 0 AND " + scope.where() + " ORDER BY r.risk_score DESC, i.name LIMIT " + limit,
				scope.parameters(),
				(rs, row) -> new RankedInitiative(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getLong(5), rs.getLong(6), rs.getLong(7)));
	}

	record Week(LocalDate start, long raised, long cleared) {
	}

	/**
	 * Flags raised and cleared per week (weeks start on Monday), the last 26 weeks including this one, from the risk
	 * engine's weekly rollup ({@code risk_rollup_week}).
	 */
	List<Week> raisedAndClearedPerWeek(PortfolioScope scope) {
		LocalDate thisWeek = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate first = thisWeek.minusWeeks(25);
		MapSqlParameterSource parameters = copy(scope).addValue("from", first);
		Map<LocalDate, long[]> counts = new HashMap<>();
		jdbc.query("SELECT w.week, sum(w.raised), sum(w.cleared) FROM risk_rollup_week w"
				+ " JOIN initiative i ON i.id = w.initiative_id WHERE w.week >= :from AND " + scope.where()
				+ " GROUP BY w.week", parameters,
				rs -> {
					counts.put(rs.getDate(1).toLocalDate(), new long[] { rs.getLong(2), rs.getLong(3) });
				});
		List<Week> weeks = new ArrayList<>();
		for (LocalDate week = first; !week.isAfter(thisWeek); week = week.plusWeeks(1)) {
			long[] count = counts.getOrDefault(week, new long[2]);
			weeks.add(new Week(week, count[0], count[1]));
		}
		return weeks;
	}

	record AcceptedRisk(long initiativeId, String initiative, String rule, String reason, String acceptedBy,
			LocalDate expiresOn) {
	}

	/** Risks accepted by leads and still in force: executives see every one of them. */
	List<AcceptedRisk> acceptedRisks(PortfolioScope scope) {
		MapSqlParameterSource parameters = copy(scope).addValue("today", LocalDate.now(clock));
		return jdbc.query("SELECT i.id, i.name, f.rule, a.reason, a.accepted_by, a.expires_on FROM risk_acceptance a"
				+ " JOIN risk_flag f ON f.id = a.flag_id JOIN initiative i ON i.id = f.initiative_id"
				+ " WHERE f.cleared_at IS NULL AND a.expires_on >= :today AND " + scope.where()
				+ " AND a.accepted_at = (SELECT max(a2.accepted_at) FROM risk_acceptance a2 WHERE a2.flag_id = a.flag_id)"
				+ " ORDER BY a.expires_on", parameters,
				(rs, row) -> new AcceptedRisk(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getDate(6).toLocalDate()));
	}

	record Completion(String mechanism, long initiatives, long met, long applicable, long conditionsMet,
			long conditionsRequired) {

		public long percentMet() {
			return applicable == 0 ? 0 : met * 100 / applicable;
		}
	}

	/**
	 * Checklist completion by mechanism (items answered "not applicable" left out), summed from the per-initiative
	 * rollup that the risk engine writes with each recomputation (a checklist answer or template marks it).
	 */
	List<Completion> checklistCompletionByMechanism(PortfolioScope scope) {
		return jdbc.query("SELECT i.mechanism, count(*), coalesce(sum(r.checklist_met), 0), coalesce(sum(r.checklist_applicable), 0),"
				+ " coalesce(sum(r.conditions_met), 0), coalesce(sum(r.conditions_required), 0)"
				+ " FROM initiative i LEFT JOIN risk_rollup r ON r.initiative_id = i.id WHERE " + scope.where()
				+ " GROUP BY i.mechanism", scope.parameters(),
				(rs, row) -> new Completion(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6)));
	}

	/** @param oldestEvaluation when the least recently recomputed initiative in scope was recomputed */
	record Freshness(long initiatives, long evaluated, Instant oldestEvaluation) {
	}

	/** When the flags in scope were brought up to date (what is still waiting, the live progress display says). */
	Freshness freshness(PortfolioScope scope) {
		return jdbc.queryForObject("SELECT count(*), count(r.initiative_id), min(r.evaluated_at)"
				+ " FROM initiative i LEFT JOIN risk_rollup r ON r.initiative_id = i.id WHERE " + scope.where(),
				scope.parameters(), (rs, row) -> new Freshness(rs.getLong(1), rs.getLong(2),
						rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()));
	}

	/**
	 * The EU AI Act panel: initiatives in scope per current tier ({@code null} = not classified), from the regulation
	 * module's {@code ai_act_current} (one row per classified initiative), and the open obligations (not met, partly
	 * met or not assessed) of the high-risk ones, from the checklist module's {@code checklist_applicable_item} view
	 * narrowed first to its read model of high-risk initiatives ({@code checklist_ai_act_scope}).
	 */
	record AiActPanel(Map<String, Long> byTier, long unclassified, long openObligations, long initiativesWithOpenObligations) {

		public long count(String tier) {
			return byTier.getOrDefault(tier, 0L);
		}
	}

	AiActPanel aiAct(PortfolioScope scope) {
		Map<String, Long> byTier = new HashMap<>();
		long[] unclassified = new long[1];
		jdbc.query("SELECT c.tier, count(*) FROM initiative i LEFT JOIN ai_act_current c ON c.initiative_id = i.id"
				+ " WHERE " + scope.where() + " GROUP BY c.tier", scope.parameters(), rs -> {
					if (rs.getString(1) == null) {
						unclassified[0] = rs.getLong(2);
					}
					else {
						byTier.put(rs.getString(1), rs.getLong(2));
					}
				});
		long[] open = jdbc.queryForObject("SELECT count(*), count(DISTINCT v.initiative_id) FROM checklist_applicable_item v"
				+ " JOIN initiative i ON i.id = v.initiative_id"
				+ " WHERE v.kind = 'AI_ACT_OBLIGATIONS' AND (v.status IS NULL OR v.status IN ('NOT_MET', 'PARTLY_MET'))"
				+ " AND v.initiative_id IN (SELECT s.initiative_id FROM checklist_ai_act_scope s WHERE s.high_risk)"
				+ " AND " + scope.where(), scope.parameters(), (rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) });
		return new AiActPanel(byTier, unclassified[0], open[0], open[1]);
	}

	private static MapSqlParameterSource copy(PortfolioScope scope) {
		return new MapSqlParameterSource(scope.parameters().getValues());
	}
}
