package io.cyclewise.dashboard.internal;

import io.cyclewise.dashboard.DashboardFilter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.cyclewise.support.BackgroundWork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's EU AI Act panel and the register at goal scale (10,000 initiatives; {@code -Dbenchmark.initiatives=N}),
 * half of them classified (every tier, a tenth high-risk with their obligations checklist): the panel's two SQL
 * statements on their own, and {@code /dashboard} and {@code /ai-act} in process. Not part of {@code ./mvnw verify}:
 * {@code ./mvnw verify -Pbenchmark -Dtest=AiActScaleBenchmarkTest}; figures in {@code target/benchmark/ai-act-scale.md}.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
class AiActScaleBenchmarkTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DashboardQueries queries;

	@Autowired
	MockMvc mvc;

	@Test
	void thePanelStaysCheapAtGoalScale() throws Exception {
		int initiatives = Integer.getInteger("benchmark.initiatives", 10_000);
		BackgroundWork.awaitDone(jdbc);
		jdbc.execute(Files.readString(Path.of("db/generate-portfolio.sql")));
		int toAdd = (int) (initiatives - jdbc.queryForObject("SELECT count(*) FROM initiative", Long.class));
		if (toAdd > 0) {
			jdbc.queryForObject("SELECT cyclewise_generate_portfolio(?, observation_count => 0)", Integer.class, toAdd);
		}
		// Half the generated initiatives classified: a tenth of those high-risk (as the listener would record them).
		jdbc.update("""
				INSERT INTO ai_act_classification (initiative_id, role, prohibited_practices, annex_i_safety_component,
				  high_risk_areas, profiles_natural_persons, exception_claimed, transparency_duties, tier, reasoning,
				  classified_by, classified_at)
				SELECT i.id, CASE WHEN i.id % 2 = 0 THEN 'PROVIDER' ELSE 'DEPLOYER' END, '{}', i.id % 20 = 0, '{}', NULL, FALSE,
				       CASE WHEN i.id % 20 = 2 THEN '{INTERACTS_WITH_PEOPLE}'::varchar[] ELSE '{}' END,
				       CASE WHEN i.id % 20 = 0 THEN 'HIGH_RISK' WHEN i.id % 20 = 2 THEN 'TRANSPARENCY' ELSE 'MINIMAL' END,
				       'Generated for the AI Act benchmark.', 'generator', now()
				FROM initiative i WHERE i.name LIKE 'Generated initiative %' AND i.id % 2 = 0
				  AND NOT EXISTS (SELECT 1 FROM ai_act_current c WHERE c.initiative_id = i.id)
				""");
		jdbc.update("""
				INSERT INTO ai_act_current (initiative_id, classification_id, tier, role, classified_at)
				SELECT DISTINCT ON (initiative_id) initiative_id, id, tier, role, classified_at FROM ai_act_classification
				ORDER BY initiative_id, classified_at DESC, id DESC
				ON CONFLICT (initiative_id) DO NOTHING
				""");
		jdbc.update("""
				INSERT INTO checklist_ai_act_scope (initiative_id, high_risk, role, classified_at)
				SELECT initiative_id, tier = 'HIGH_RISK', role, classified_at FROM ai_act_current
				ON CONFLICT (initiative_id) DO NOTHING
				""");
		jdbc.execute("ANALYZE");
		long total = jdbc.queryForObject("SELECT count(*) FROM initiative", Long.class);
		long classified = jdbc.queryForObject("SELECT count(*) FROM ai_act_current", Long.class);
		long highRisk = jdbc.queryForObject("SELECT count(*) FROM ai_act_current WHERE tier = 'HIGH_RISK'", Long.class);

		PortfolioScope all = PortfolioScope.of(new DashboardFilter());
		DashboardQueries.AiActPanel panel = queries.aiAct(all);
		assertThat(panel.unclassified()).isEqualTo(total - classified);
		assertThat(panel.count("HIGH_RISK")).isEqualTo(highRisk);
		assertThat(panel.openObligations()).isPositive();

		StringBuilder report = new StringBuilder("# EU AI Act panel at scale\n\n")
			.append(String.format("%,d initiatives, %,d classified, %,d high-risk, %,d open obligations%n%n", total,
					classified, highRisk, panel.openObligations()))
			.append("| what | p50 ms | p95 ms |\n|---|---|---|\n");
		report.append(row("panel SQL (both statements)", time(50, () -> queries.aiAct(all))));
		report.append(row("tiers GROUP BY", time(50, () -> jdbc.queryForList("SELECT c.tier, count(*) FROM initiative i"
				+ " LEFT JOIN ai_act_current c ON c.initiative_id = i.id GROUP BY c.tier"))));
		report.append(row("open obligations", time(50, () -> jdbc.queryForList("SELECT count(*) FROM checklist_applicable_item v"
				+ " JOIN initiative i ON i.id = v.initiative_id WHERE v.kind = 'AI_ACT_OBLIGATIONS'"
				+ " AND (v.status IS NULL OR v.status IN ('NOT_MET', 'PARTLY_MET'))"
				+ " AND v.initiative_id IN (SELECT s.initiative_id FROM checklist_ai_act_scope s WHERE s.high_risk)"))));
		Long[] page = jdbc.queryForList("SELECT initiative_id FROM ai_act_current ORDER BY classified_at DESC, initiative_id LIMIT 50",
				Long.class).toArray(Long[]::new);
		String registerSql = "select initiative_id, count(*) filter (where status is null or status in ('NOT_MET', 'PARTLY_MET'))"
				+ " from checklist_applicable_item where kind = 'AI_ACT_OBLIGATIONS' and initiative_id = any(?) group by initiative_id";
		report.append(row("register page: current 50", time(50, () -> jdbc.queryForList("SELECT initiative_id, tier, role,"
				+ " classified_at FROM ai_act_current WHERE (?::varchar IS NULL OR tier = ?) ORDER BY classified_at DESC,"
				+ " initiative_id LIMIT 50 OFFSET 0", (Object) null, (Object) null))));
		report.append(row("register page: open obligations of 50", time(50, () -> jdbc.queryForList(registerSql, (Object) page))));
		report.append("\n```\n").append(String.join("\n", jdbc.queryForList("EXPLAIN ANALYZE " + registerSql, String.class,
				(Object) page))).append("\n```\n");
		report.append("\n```\n").append(String.join("\n", jdbc.queryForList("EXPLAIN ANALYZE SELECT count(*), count(DISTINCT v.initiative_id)"
				+ " FROM checklist_applicable_item v JOIN initiative i ON i.id = v.initiative_id WHERE v.kind = 'AI_ACT_OBLIGATIONS'"
				+ " AND (v.status IS NULL OR v.status IN ('NOT_MET', 'PARTLY_MET'))"
				+ " AND v.initiative_id IN (SELECT s.initiative_id FROM checklist_ai_act_scope s WHERE s.high_risk)", String.class)))
			.append("\n```\n\n| what | p50 ms | p95 ms |\n|---|---|---|\n");
		report.append(row("GET /dashboard (executive)", time(30, () -> mvc.perform(get("/dashboard")
			.with(user("executive").roles("EXECUTIVE"))).andExpect(status().isOk()))));
		report.append(row("GET /sources (a static page, for comparison)", time(30, () -> mvc.perform(get("/sources")
			.with(user("executive").roles("EXECUTIVE"))).andExpect(status().isOk()))));
		report.append(row("GET /ai-act?tier=PROHIBITED (no rows)", time(30, () -> mvc.perform(get("/ai-act").param("tier", "PROHIBITED")
			.with(user("executive").roles("EXECUTIVE"))).andExpect(status().isOk()))));
		report.append(row("GET /ai-act (executive)", time(30, () -> mvc.perform(get("/ai-act")
			.with(user("executive").roles("EXECUTIVE"))).andExpect(status().isOk()))));
		report.append(row("GET /ai-act?tier=HIGH_RISK", time(30, () -> mvc.perform(get("/ai-act").param("tier", "HIGH_RISK")
			.with(user("executive").roles("EXECUTIVE"))).andExpect(status().isOk()))));
		System.out.println(report);
		Path out = Path.of("target/benchmark/ai-act-scale.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	interface Work {
		void run() throws Exception;
	}

	private static long[] time(int times, Work work) throws Exception {
		for (int warm = 0; warm < 5; warm++) {
			work.run();
		}
		List<Long> nanos = new ArrayList<>();
		for (int run = 0; run < times; run++) {
			long start = System.nanoTime();
			work.run();
			nanos.add(System.nanoTime() - start);
		}
		Collections.sort(nanos);
		return new long[] { nanos.get(nanos.size() / 2) / 1_000_000, nanos.get((int) Math.ceil(nanos.size() * 0.95) - 1) / 1_000_000 };
	}

	private static String row(String what, long[] p) {
		return "| " + what + " | " + p[0] + " | " + p[1] + " |\n";
	}
}
