package io.cyclewise.dashboard.internal;

import io.cyclewise.dashboard.DashboardFilter;

import java.util.HashMap;
import java.util.Map;

import io.cyclewise.support.BackgroundWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's EU AI Act panel reads two read models (the current classification per initiative, the checklist's
 * high-risk scope): what it shows equals the same counts from the base tables (the latest classification of each
 * initiative, the obligation items of its role and their answers).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AiActPanelTest {

	@Autowired
	DashboardQueries queries;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePanelAgreesWithTheBaseTables() {
		BackgroundWork.awaitDone(jdbc);
		DashboardQueries.AiActPanel panel = queries.aiAct(PortfolioScope.of(new DashboardFilter()));

		Map<String, Long> latest = new HashMap<>();
		jdbc.query("SELECT tier, count(*) FROM (SELECT DISTINCT ON (initiative_id) tier FROM ai_act_classification"
				+ " ORDER BY initiative_id, classified_at DESC, id DESC) c GROUP BY tier",
				rs -> {
					latest.put(rs.getString(1), rs.getLong(2));
				});
		assertThat(latest).containsKey("HIGH_RISK");
		for (String tier : new String[] { "PROHIBITED", "HIGH_RISK", "TRANSPARENCY", "MINIMAL" }) {
			assertThat(panel.count(tier)).as(tier).isEqualTo(latest.getOrDefault(tier, 0L));
		}
		long initiatives = jdbc.queryForObject("SELECT count(*) FROM initiative", Long.class);
		assertThat(panel.unclassified()).isEqualTo(initiatives - latest.values().stream().mapToLong(Long::longValue).sum());

		long open = jdbc.queryForObject("""
				SELECT count(*) FROM (SELECT DISTINCT ON (initiative_id) initiative_id, tier, role FROM ai_act_classification
				                      ORDER BY initiative_id, classified_at DESC, id DESC) c
				JOIN checklist_template t ON t.kind = 'AI_ACT_OBLIGATIONS' AND t.current
				JOIN checklist_template_item ti ON ti.template_id = t.id AND ti.item_key LIKE c.role || '%'
				LEFT JOIN checklist_answer a ON a.initiative_id = c.initiative_id AND a.kind = t.kind AND a.item_key = ti.item_key
				WHERE c.tier = 'HIGH_RISK' AND (a.status IS NULL OR a.status IN ('NOT_MET', 'PARTLY_MET'))
				""", Long.class);
		assertThat(open).isPositive();
		assertThat(panel.openObligations()).isEqualTo(open);
	}
}
