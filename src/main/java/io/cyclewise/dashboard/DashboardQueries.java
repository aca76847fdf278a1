package io.cyclewise.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;


import io.cyclewise.risk.Severity;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio's aggregates, each one SQL statement with GROUP BY over the whole (filtered) portfolio: nothing
 * here loads entities. The dashboard is a read model over the registry's and the risk engine's tables.
 */
@Repository
@Transactional(readOnly = true)
class DashboardQueries {

	/** The weights of {@link Severity} as SQL, so the ranking and the enum cannot disagree. */
	private static final String SEVERITY_WEIGHT = Arrays.stream(Severity.values())
		.map(severity -> "WHEN '" + severity.name() + "' THEN " + severity.weight())
		.collect(Collectors.joining(" ", "CASE f.severity ", " END"));

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

	/** Initiatives by lifecycle stage (seed 004). */
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

	record HeatCell(long businessUnitId, String businessUnit, String characteristic, long flags) {
	}

	/** Open flags by business unit × characteristic. */
	List<HeatCell> openFlagsByUnitAndCharacteristic(PortfolioScope scope) {
		return jdbc.query("SELECT b.id, b.name, f.characteristic, count(*) FROM risk_flag f"
				+ " JOIN initiative i ON i.id = f.initiative_id JOIN business_unit b ON b.id = i.business_unit_id"
				+ " WHERE f.cleared_at IS NULL AND " + scope.where() + " GROUP BY b.id, b.name, f.characteristic ORDER BY b.name",
				scope.parameters(), (rs, row) -> new HeatCell(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
	}

	record RankedInitiative(long id, String name, String businessUnit, long score, long critical, long warning, long info) {
	}

	/** Top 10 by risk: open flags not accepted, weighted by {@link Severity#weight()}. */
	List<RankedInitiative> topByRisk(PortfolioScope scope) {
		MapSqlParameterSource parameters = copy(scope).addValue("today", LocalDate.now(clock));
		return jdbc.query("SELECT i.id, i.name, b.name, sum(" + SEVERITY_WEIGHT + "),"
				+ " count(*) FILTER (WHERE f.severity = 'CRITICAL'), count(*) FILTER (WHERE f.severity = 'WARNING'),"
				+ " count(*) FILTER (WHERE f.severity = 'INFO')"
				+ " FROM risk_flag f JOIN initiative i ON i.id = f.initiative_id JOIN business_unit b ON b.id = i.business_unit_id"
				+ " WHERE f.cleared_at IS NULL AND " + scope.where()
				+ " AND NOT EXISTS (SELECT 1 FROM risk_acceptance a WHERE a.flag_id = f.id AND a.expires_on >= :today)"
				+ " GROUP BY i.id, i.name, b.name ORDER BY 4 DESC, i.name LIMIT 10", parameters,
				(rs, row) -> new RankedInitiative(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getLong(5), rs.getLong(6), rs.getLong(7)));
	}

	record Week(LocalDate start, long raised, long cleared) {
	}

	/** Flags raised and cleared per week (weeks start on Monday), the last 26 weeks including this one. */
	List<Week> raisedAndClearedPerWeek(PortfolioScope scope) {
		LocalDate thisWeek = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate first = thisWeek.minusWeeks(25);
		MapSqlParameterSource parameters = copy(scope).addValue("from", first);
		Map<LocalDate, long[]> counts = new HashMap<>();
		jdbc.query("SELECT w, sum(raised), sum(cleared) FROM ("
				+ " SELECT date_trunc('week', f.raised_at)::date AS w, 1 AS raised, 0 AS cleared FROM risk_flag f"
				+ " JOIN initiative i ON i.id = f.initiative_id WHERE f.raised_at >= :from AND " + scope.where()
				+ " UNION ALL SELECT date_trunc('week', f.cleared_at)::date, 0, 1 FROM risk_flag f"
				+ " JOIN initiative i ON i.id = f.initiative_id WHERE f.cleared_at >= :from AND " + scope.where()
				+ ") events GROUP BY w", parameters,
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
	 * Checklist completion by mechanism (items answered "not applicable" left out). Equivalent to aggregating the
	 * checklists' view {@code checklist_applicable_item}, but without enumerating every applicable item of every
	 * initiative: which items apply depends only on (mechanism, stage), so the applicable items are counted once per
	 * (mechanism, stage) and weighted by the number of initiatives there; only the answers are read row by row.
	 */
	List<Completion> checklistCompletionByMechanism(PortfolioScope scope) {
		String applies = "(it.kind <> 'MECHANISM_CONDITIONS' OR checklist_mechanism_level(it.group_key) <= checklist_mechanism_level(%1$s.mechanism))"
				+ " AND (it.kind <> 'STAGE_READINESS' OR checklist_stage_level(it.group_key) <= checklist_stage_level(%1$s.lifecycle_stage))";
		return jdbc.query("WITH scoped AS (SELECT i.id, i.mechanism, i.lifecycle_stage FROM initiative i WHERE " + scope.where() + "),"
				+ " item AS (SELECT t.kind, ti.item_key, ti.group_key FROM checklist_template t"
				+ "   JOIN checklist_template_item ti ON ti.template_id = t.id WHERE t.current),"
				+ " groups AS (SELECT mechanism, lifecycle_stage, count(*) AS initiatives FROM scoped GROUP BY mechanism, lifecycle_stage),"
				+ " slots AS (SELECT g.mechanism, sum(g.initiatives) AS items,"
				+ "   sum(g.initiatives) FILTER (WHERE it.kind = 'MECHANISM_CONDITIONS') AS conditions"
				+ "   FROM groups g JOIN item it ON " + String.format(applies, "g") + " GROUP BY g.mechanism),"
				+ " answered AS (SELECT s.mechanism, count(*) FILTER (WHERE a.status = 'MET') AS met,"
				+ "   count(*) FILTER (WHERE a.status = 'NOT_APPLICABLE') AS not_applicable,"
				+ "   count(*) FILTER (WHERE a.status = 'MET' AND it.kind = 'MECHANISM_CONDITIONS') AS conditions_met"
				+ "   FROM checklist_answer a JOIN scoped s ON s.id = a.initiative_id"
				+ "   JOIN item it ON it.kind = a.kind AND it.item_key = a.item_key"
				+ "   WHERE " + String.format(applies, "s") + " GROUP BY s.mechanism),"
				+ " population AS (SELECT mechanism, sum(initiatives) AS initiatives FROM groups GROUP BY mechanism)"
				+ " SELECT p.mechanism, p.initiatives, coalesce(a.met, 0), coalesce(sl.items, 0) - coalesce(a.not_applicable, 0),"
				+ "   coalesce(a.conditions_met, 0), coalesce(sl.conditions, 0)"
				+ " FROM population p LEFT JOIN slots sl ON sl.mechanism = p.mechanism LEFT JOIN answered a ON a.mechanism = p.mechanism",
				scope.parameters(),
				(rs, row) -> new Completion(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6)));
	}

	private static MapSqlParameterSource copy(PortfolioScope scope) {
		return new MapSqlParameterSource(scope.parameters().getValues());
	}
}
