package io.cyclewise.dashboard;

import java.util.List;

import io.cyclewise.initiative.AlignmentPhase;
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

	private final PortfolioScope everything = PortfolioScope.of(new DashboardFilter());

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
