package io.cyclewise.dashboard.internal;

import io.cyclewise.dashboard.DashboardFilter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.risk.RiskThresholdService;
import io.cyclewise.risk.Severity;
import io.cyclewise.risk.Threshold;
import io.cyclewise.support.BackgroundWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's SQL aggregates agree with plain counts over the demo portfolio, with and without filters. */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardQueriesTest {

	@Autowired
	DashboardQueries queries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RiskThresholdService thresholds;

	private final PortfolioScope everything = PortfolioScope.of(new DashboardFilter());

	/** The demo portfolio's flags and rollup rows are computed in the background after start-up. */
	@BeforeEach
	void backgroundWorkDone() {
		BackgroundWork.awaitDone(jdbc);
	}

	/**
	 * The rollup is a read model: what the dashboard shows from it must equal the same aggregates computed from
	 * the base tables (flags, acceptances, answers), before and after a change that moves many flags.
	 */
	@Test
	void theReadModelAgreesWithTheBaseTables() {
		assertAgreesWithBaseTables();
		Map<Threshold, BigDecimal> stricter = new EnumMap<>(Threshold.class);
		stricter.put(Threshold.PACE_MISMATCH_FACTOR, new BigDecimal("1.5"));
		try {
			thresholds.update(stricter, "admin");
			BackgroundWork.awaitDone(jdbc);
			assertAgreesWithBaseTables();
		}
		finally {
			stricter.put(Threshold.PACE_MISMATCH_FACTOR, Threshold.PACE_MISMATCH_FACTOR.defaultValue());
			thresholds.update(stricter, "admin");
			BackgroundWork.awaitDone(jdbc);
		}
	}

	private void assertAgreesWithBaseTables() {
		List<String> heatFromBase = jdbc.query("SELECT b.id, f.characteristic, count(*) FROM risk_flag f"
				+ " JOIN initiative i ON i.id = f.initiative_id JOIN business_unit b ON b.id = i.business_unit_id"
				+ " WHERE f.cleared_at IS NULL GROUP BY b.id, f.characteristic",
				(rs, row) -> rs.getLong(1) + "/" + rs.getString(2) + "=" + rs.getLong(3));
		assertThat(queries.openFlagsByUnitAndCharacteristic(everything))
			.extracting(cell -> cell.businessUnitId() + "/" + cell.characteristic() + "=" + cell.flags())
			.containsExactlyInAnyOrderElementsOf(heatFromBase).isNotEmpty();

		List<String> topFromBase = jdbc.query("SELECT i.id, sum(CASE f.severity WHEN 'CRITICAL' THEN 9 WHEN 'WARNING' THEN 3 ELSE 1 END),"
				+ " count(*) FILTER (WHERE f.severity = 'CRITICAL'), count(*) FILTER (WHERE f.severity = 'WARNING'),"
				+ " count(*) FILTER (WHERE f.severity = 'INFO')"
				+ " FROM risk_flag f JOIN initiative i ON i.id = f.initiative_id WHERE f.cleared_at IS NULL"
				+ " AND NOT EXISTS (SELECT 1 FROM risk_acceptance a WHERE a.flag_id = f.id AND a.expires_on >= current_date)"
				+ " GROUP BY i.id, i.name ORDER BY 2 DESC, i.name LIMIT 10",
				(rs, row) -> rs.getLong(1) + ":" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4) + "/" + rs.getLong(5));
		assertThat(queries.topByRisk(everything))
			.extracting(r -> r.id() + ":" + r.score() + "/" + r.critical() + "/" + r.warning() + "/" + r.info())
			.containsExactlyElementsOf(topFromBase).isNotEmpty();
		assertThat(Severity.CRITICAL.weight()).isEqualTo(9);
		assertThat(Severity.WARNING.weight()).isEqualTo(3);
		assertThat(Severity.INFO.weight()).isEqualTo(1);

		Map<LocalDate, String> weeksFromBase = new HashMap<>();
		jdbc.query("SELECT w, sum(raised), sum(cleared) FROM ("
				+ " SELECT date_trunc('week', raised_at)::date AS w, 1 AS raised, 0 AS cleared FROM risk_flag"
				+ " UNION ALL SELECT date_trunc('week', cleared_at)::date, 0, 1 FROM risk_flag WHERE cleared_at IS NOT NULL"
				+ ") flag_event GROUP BY w", (org.springframework.jdbc.core.RowCallbackHandler) rs -> weeksFromBase.put(
						rs.getDate(1).toLocalDate(), rs.getLong(2) + "/" + rs.getLong(3)));
		for (DashboardQueries.Week week : queries.raisedAndClearedPerWeek(everything)) {
			assertThat(week.raised() + "/" + week.cleared()).as("week of " + week.start())
				.isEqualTo(weeksFromBase.getOrDefault(week.start(), "0/0"));
		}

		checklistCompletionAgreesWithTheChecklistsOwnViewOfApplicableItems();
	}

	@Test
	void phaseByMechanismAndFunnelAddUpToThePortfolio() {
		long initiatives = count("SELECT count(*) FROM initiative");
		assertThat(queries.phaseByMechanism(everything).stream().mapToLong(DashboardQueries.Count::count).sum())
			.isEqualTo(initiatives);
		PortfolioOverview overview = PortfolioOverview.of(queries, everything);
		assertThat(overview.funnel().get(0).reached()).isEqualTo(initiatives);
		assertThat(overview.funnel()).extracting(PortfolioOverview.StageStep::reached).isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

	@Test
	void filtersNarrowEveryAggregate() {
		DashboardFilter sustaining = new DashboardFilter();
		sustaining.setPhase(AlignmentPhase.SUSTAINING);
		PortfolioScope scope = PortfolioScope.of(sustaining);
		assertThat(queries.deployment(scope).initiatives())
			.isEqualTo(count("SELECT count(*) FROM initiative WHERE alignment_phase = 'SUSTAINING'"));
		assertThat(queries.phaseByMechanism(scope)).allMatch(c -> c.first().equals("SUSTAINING"));
		assertThat(queries.openFlagsByUnitAndCharacteristic(scope).stream().mapToLong(DashboardQueries.HeatCell::flags).sum())
			.isEqualTo(count("SELECT count(*) FROM risk_flag f JOIN initiative i ON i.id = f.initiative_id"
					+ " WHERE f.cleared_at IS NULL AND i.alignment_phase = 'SUSTAINING'"));
	}

	@Test
	void heatMapCountsEveryOpenFlagOnce() {
		assertThat(queries.openFlagsByUnitAndCharacteristic(everything).stream().mapToLong(DashboardQueries.HeatCell::flags).sum())
			.isEqualTo(count("SELECT count(*) FROM risk_flag WHERE cleared_at IS NULL")).isPositive();
	}

	@Test
	void heatMapCellsCountTheInitiativesTheirLinkLists() {
		for (DashboardQueries.HeatCell cell : queries.openFlagsByUnitAndCharacteristic(everything)) {
			assertThat(cell.initiatives()).as(cell.businessUnit() + " " + cell.characteristic())
				.isEqualTo(count("SELECT count(DISTINCT f.initiative_id) FROM risk_flag f JOIN initiative i ON i.id = f.initiative_id"
						+ " WHERE f.cleared_at IS NULL AND i.business_unit_id = " + cell.businessUnitId()
						+ " AND f.characteristic = '" + cell.characteristic() + "'"))
				.isPositive().isLessThanOrEqualTo(cell.flags());
		}
	}

	@Test
	void weeklyRaisedAndClearedCoverSixMonthsIncludingTheDemoBackstory() {
		List<DashboardQueries.Week> weeks = queries.raisedAndClearedPerWeek(everything);
		assertThat(weeks).hasSize(26);
		long cleared = weeks.stream().mapToLong(DashboardQueries.Week::cleared).sum();
		assertThat(cleared).isEqualTo(count("SELECT count(*) FROM risk_flag WHERE cleared_at >= date_trunc('week', now()) - interval '25 weeks'"));
		assertThat(weeks.subList(0, 20).stream().mapToLong(DashboardQueries.Week::raised).sum()).isPositive();
	}

	@Autowired
	io.cyclewise.checklist.ChecklistFacts checklists;

	@Test
	void checklistCompletionAgreesWithTheChecklistsOwnViewOfApplicableItems() {
		var fromView = checklists.completionByMechanism();
		var fromDashboard = queries.checklistCompletionByMechanism(everything);
		assertThat(fromView.stream().mapToLong(c -> c.met()).sum()).isPositive();
		for (var expected : fromView) {
			var actual = fromDashboard.stream().filter(c -> c.mechanism().equals(expected.mechanism().name())).findFirst();
			if (expected.initiatives() == 0) {
				assertThat(actual).isEmpty();
				continue;
			}
			assertThat(actual).hasValueSatisfying(c -> {
				assertThat(c.initiatives()).isEqualTo(expected.initiatives());
				assertThat(c.met()).isEqualTo(expected.met());
				assertThat(c.applicable()).isEqualTo(expected.applicable());
				assertThat(c.conditionsMet()).isEqualTo(expected.conditionsMet());
				assertThat(c.conditionsRequired()).isEqualTo(expected.conditionsRequired());
			});
		}
	}

	@Test
	void topTenIsOrderedByScore() {
		List<DashboardQueries.RankedInitiative> top = queries.topByRisk(everything);
		assertThat(top).hasSizeLessThanOrEqualTo(10).isNotEmpty();
		assertThat(top).extracting(DashboardQueries.RankedInitiative::score).isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}
}
