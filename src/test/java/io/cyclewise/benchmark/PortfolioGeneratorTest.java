package io.cyclewise.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cyclewise.risk.RiskEngine;
import io.cyclewise.risk.rule.RiskRule;
import io.cyclewise.risk.rule.RiskRules;
import io.cyclewise.signal.ContextChangeKind;
import io.cyclewise.signal.EventScope;
import io.cyclewise.signal.ScopeKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code db/generate-portfolio.sql} at a small scale on top of the demo data: the proportions of the goal scale,
 * data the app itself would have written (answers to applicable items, event links by the app's scope rule, flag
 * history), and the app still working on it. Everything runs in the test's transaction and is rolled back, so
 * the other tests sharing this context see the database as before.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PortfolioGeneratorTest {

	private static final int INITIATIVES = 300;
	private static final int OBSERVATIONS = 6000;
	private static final int EVENTS = 24;

	@Autowired
	RiskRules riskRules;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	RiskEngine riskEngine;

	private long initiativesBefore;
	private long eventsBefore;

	@BeforeEach
	void generate() throws IOException {
		initiativesBefore = count("SELECT coalesce(max(id), 0) FROM initiative");
		eventsBefore = count("SELECT coalesce(max(id), 0) FROM context_event");
		jdbc.execute(Files.readString(Path.of("db/generate-portfolio.sql")));
		assertThat(jdbc.queryForObject("SELECT cyclewise_generate_portfolio(?, observation_count => ?, event_count => ?)",
				Integer.class, INITIATIVES, OBSERVATIONS, EVENTS)).isEqualTo(INITIATIVES);
	}

	@Test
	void generatesThePortfolioInTheProportionsOfTheGoalScale() {
		assertThat(count("SELECT count(*) FROM business_unit")).isGreaterThanOrEqualTo(50);
		assertThat(count("SELECT count(*) FROM initiative WHERE id > ?", initiativesBefore)).isEqualTo(INITIATIVES);
		assertThat(count("SELECT count(DISTINCT business_unit_id) FROM initiative WHERE id > ?", initiativesBefore)).isEqualTo(50);
		assertThat(count("SELECT count(DISTINCT user_context) FROM initiative_user_context WHERE initiative_id > ?",
				initiativesBefore)).isEqualTo(200);
		assertThat(jdbc.queryForList("SELECT DISTINCT count(*) FROM initiative_user_context WHERE initiative_id > ? "
				+ "GROUP BY initiative_id", Long.class, initiativesBefore)).containsExactlyInAnyOrder(1L, 2L, 3L);

		// Goal: 10,000 initiatives with >= 100,000 answers and 1,000,000 observations.
		assertThat(count("SELECT count(*) FROM checklist_answer WHERE initiative_id > ?", initiativesBefore))
			.isGreaterThanOrEqualTo(10L * INITIATIVES);
		assertThat(count("SELECT count(*) FROM performance_observation WHERE initiative_id > ?", initiativesBefore))
			.isEqualTo(OBSERVATIONS);
		assertThat(count("SELECT count(DISTINCT initiative_id) FROM data_check WHERE initiative_id > ?", initiativesBefore))
			.isGreaterThan(INITIATIVES / 2);
		assertThat(count("SELECT count(*) FROM context_event WHERE id > ?", eventsBefore)).isEqualTo(EVENTS);
	}

	@Test
	void checklistAnswersAreForApplicableItemsWithTheirHistory() {
		assertThat(count("SELECT count(*) FROM checklist_answer a WHERE a.initiative_id > ? AND NOT EXISTS ("
				+ " SELECT 1 FROM checklist_applicable_item v WHERE v.initiative_id = a.initiative_id"
				+ " AND v.template_item_id = a.template_item_id AND v.kind = a.kind AND v.item_key = a.item_key)",
				initiativesBefore)).isZero();
		assertThat(jdbc.queryForList("SELECT DISTINCT status FROM checklist_answer WHERE initiative_id > ?", String.class,
				initiativesBefore)).containsExactlyInAnyOrder("MET", "PARTLY_MET", "NOT_MET", "NOT_APPLICABLE");
		assertThat(count("SELECT count(*) FROM checklist_answer WHERE initiative_id > ? AND kind = 'MECHANISM_CONDITIONS'"
				+ " AND status = 'NOT_APPLICABLE'", initiativesBefore)).isZero();
		assertThat(count("SELECT count(*) FROM checklist_answer WHERE initiative_id > ? AND status <> 'NOT_APPLICABLE'"
				+ " AND (note IS NULL OR note = '')", initiativesBefore)).isZero();
		// One history row per stored version, the newest equal to the answer.
		assertThat(count("SELECT count(*) FROM checklist_answer a WHERE a.initiative_id > ? AND a.version + 1 <>"
				+ " (SELECT count(*) FROM checklist_answer_change c WHERE c.answer_id = a.id)", initiativesBefore)).isZero();
		assertThat(count("SELECT count(*) FROM checklist_answer a WHERE a.initiative_id > ? AND NOT EXISTS ("
				+ " SELECT 1 FROM checklist_answer_change c WHERE c.answer_id = a.id AND c.changed_at = a.changed_at"
				+ " AND c.status = a.status AND c.template_item_id = a.template_item_id"
				+ " AND c.changed_at = (SELECT max(c2.changed_at) FROM checklist_answer_change c2 WHERE c2.answer_id = a.id))",
				initiativesBefore)).isZero();
		assertThat(count("SELECT count(*) FROM checklist_answer WHERE initiative_id > ? AND version = 1", initiativesBefore))
			.isPositive();
	}

	@Test
	void observationsAndDataChecksAreWhatTheFormsWouldAccept() {
		assertThat(count("SELECT count(*) FROM performance_observation o WHERE o.initiative_id > ? AND NOT EXISTS ("
				+ " SELECT 1 FROM initiative_user_context u WHERE u.initiative_id = o.initiative_id AND u.user_context = o.user_context)",
				initiativesBefore)).isZero();
		assertThat(count("SELECT count(*) FROM performance_observation WHERE initiative_id > ?"
				+ " AND (observed_on > current_date OR observed_on < current_date - 366 OR metric_value NOT BETWEEN 0 AND 1)",
				initiativesBefore)).isZero();
		assertThat(jdbc.queryForList("SELECT DISTINCT source FROM performance_observation WHERE initiative_id > ?",
				String.class, initiativesBefore)).containsExactlyInAnyOrder("TRAINING", "OPERATIONAL");
		// One spelling and one direction per metric and initiative.
		assertThat(count("SELECT count(*) FROM (SELECT initiative_id FROM performance_observation WHERE initiative_id > ?"
				+ " GROUP BY initiative_id, lower(metric) HAVING count(DISTINCT metric) > 1 OR count(DISTINCT higher_is_better) > 1) x",
				initiativesBefore)).isZero();
		assertThat(jdbc.queryForList("SELECT DISTINCT result FROM data_check WHERE initiative_id > ?", String.class,
				initiativesBefore)).containsExactlyInAnyOrder("CONSISTENT", "DRIFTED", "NOT_CHECKED");
		assertThat(count("SELECT count(*) FROM data_check d JOIN initiative i ON i.id = d.initiative_id WHERE d.initiative_id > ?"
				+ " AND (d.checked_on > current_date OR d.checked_on < i.created_at::date OR d.recorded_at > now())",
				initiativesBefore)).isZero();
	}

	@Test
	void eventsCoverEveryKindAndScopeAndAreLinkedByTheAppsScopeRule() {
		List<Map<String, Object>> events = jdbc.queryForList("SELECT id, type, kind, scope, recorded_at, closed_at FROM context_event");
		Set<String> combinations = new HashSet<>();
		for (Map<String, Object> event : events) {
			if ((Long) event.get("id") > eventsBefore) {
				ContextChangeKind kind = ContextChangeKind.valueOf((String) event.get("kind"));
				assertThat(event.get("type")).isEqualTo(kind.type().name());
				combinations.add(kind + "/" + event.get("scope"));
			}
		}
		assertThat(combinations).hasSize(ContextChangeKind.values().length * ScopeKind.values().length);
		assertThat(count("SELECT count(*) FROM context_event e WHERE e.id > ? AND e.scope = 'BUSINESS_UNITS'"
				+ " AND NOT EXISTS (SELECT 1 FROM context_event_business_unit b WHERE b.event_id = e.id)", eventsBefore)).isZero();
		assertThat(count("SELECT count(*) FROM context_event e WHERE e.id > ? AND e.scope = 'USER_CONTEXTS'"
				+ " AND NOT EXISTS (SELECT 1 FROM context_event_user_context c WHERE c.event_id = e.id)", eventsBefore)).isZero();

		// The links the app would have written, computed with its own scope rule (EventScope.covers): every pair of a
		// new event or a new initiative, in scope, not retired, and either there when the event was recorded or
		// registered later while the event was still open.
		Map<Long, Set<Long>> units = new HashMap<>();
		jdbc.query("SELECT event_id, business_unit_id FROM context_event_business_unit",
				rs -> { units.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2)); });
		Map<Long, List<String>> eventContexts = new HashMap<>();
		jdbc.query("SELECT event_id, user_context FROM context_event_user_context ORDER BY event_id, position",
				rs -> { eventContexts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)); });
		Map<Long, List<String>> initiativeContexts = new HashMap<>();
		jdbc.query("SELECT initiative_id, user_context FROM initiative_user_context",
				rs -> { initiativeContexts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)); });
		List<Map<String, Object>> initiatives = jdbc.queryForList(
				"SELECT id, business_unit_id, technology_state, created_at FROM initiative");
		Map<String, String> expected = new HashMap<>();
		for (Map<String, Object> event : events) {
			long eventId = (Long) event.get("id");
			EventScope scope = new EventScope(ScopeKind.valueOf((String) event.get("scope")),
					units.getOrDefault(eventId, Set.of()), eventContexts.getOrDefault(eventId, List.of()));
			Timestamp recorded = (Timestamp) event.get("recorded_at");
			Timestamp closed = (Timestamp) event.get("closed_at");
			for (Map<String, Object> initiative : initiatives) {
				long initiativeId = (Long) initiative.get("id");
				Timestamp created = (Timestamp) initiative.get("created_at");
				boolean generated = eventId > eventsBefore || initiativeId > initiativesBefore;
				boolean inScope = !"RETIRED".equals(initiative.get("technology_state")) && scope.covers(
						(Long) initiative.get("business_unit_id"), initiativeContexts.getOrDefault(initiativeId, List.of()));
				boolean existed = !created.after(recorded);
				if (generated && inScope && (existed || closed == null || closed.after(created))) {
					expected.put(eventId + "/" + initiativeId, existed ? "RECORDED" : "ENTERED_SCOPE");
				}
			}
		}
		Map<String, String> actual = new HashMap<>();
		jdbc.query("SELECT event_id, initiative_id, linked_when FROM context_event_impact WHERE event_id > ? OR initiative_id > ?",
				rs -> { actual.put(rs.getLong(1) + "/" + rs.getLong(2), rs.getString(3)); }, eventsBefore, initiativesBefore);
		assertThat(actual).isEqualTo(expected);
		assertThat(actual.values()).contains("RECORDED", "ENTERED_SCOPE");

		assertThat(count("SELECT count(*) FROM context_event_impact x JOIN context_event e ON e.id = x.event_id"
				+ " JOIN initiative i ON i.id = x.initiative_id WHERE (x.event_id > ? OR x.initiative_id > ?) AND x.linked_at <>"
				+ " CASE x.linked_when WHEN 'RECORDED' THEN e.recorded_at ELSE i.created_at END", eventsBefore, initiativesBefore)).isZero();
		String newLinks = " FROM context_event_impact WHERE (event_id > " + eventsBefore + " OR initiative_id > " + initiativesBefore + ")";
		assertThat(count("SELECT count(*)" + newLinks + " AND acknowledged_at IS NOT NULL AND acknowledged_at > linked_at"
				+ " AND acknowledged_at <= now() AND response IS NOT NULL AND version = 1")).isPositive();
		assertThat(count("SELECT count(*)" + newLinks + " AND acknowledged_at IS NULL AND version = 0")).isPositive();
		assertThat(count("SELECT count(*)" + newLinks + " AND acknowledged_at IS NOT NULL AND NOT (acknowledged_at > linked_at"
				+ " AND acknowledged_at <= now() AND response IS NOT NULL)")).isZero();
	}

	@Test
	void sixMonthsOfFlagsRaisedAndClearedWithExplanations() {
		String generated = " FROM risk_flag WHERE initiative_id > " + initiativesBefore;
		assertThat(count("SELECT count(*)" + generated)).isGreaterThan(INITIATIVES);
		assertThat(count("SELECT count(*)" + generated + " AND (cleared_at IS NULL OR cleared_at <= raised_at"
				+ " OR cleared_at > now() OR raised_at < now() - interval '26 weeks' OR evaluated_at <> cleared_at)")).isZero();
		assertThat(count("SELECT count(*)" + generated + " AND (btrim(explanation) = '' OR explanation LIKE '%\\%s%'"
				+ " OR explanation LIKE '%  %')")).isZero();
		List<Map<String, Object>> rules = jdbc.queryForList("SELECT DISTINCT rule, characteristic, severity" + generated);
		for (Map<String, Object> row : rules) {
			assertThat(row.get("characteristic")).isEqualTo(riskRules.find((String) row.get("rule")).orElseThrow().characteristic().name());
		}
		assertThat(rules.stream().map(row -> (String) row.get("rule")).collect(Collectors.toSet()))
			.isEqualTo(riskRules.all().stream().map(RiskRule::key).collect(Collectors.toSet()));
		// The dashboard's "raised and cleared per week" chart has data in most of its 26 weeks.
		assertThat(count("SELECT count(DISTINCT date_trunc('week', cleared_at))" + generated
				+ " AND cleared_at >= date_trunc('week', now()) - interval '25 weeks'")).isGreaterThanOrEqualTo(20);
	}

	@Test
	void theAppWorksOnTheGeneratedPortfolio() throws Exception {
		// The engine on every fifth generated initiative (all mechanisms and stages; all of them would take too long
		// here): it reads the generated inputs and raises open flags next to the generated history.
		List<Long> sample = jdbc.queryForList("SELECT id FROM initiative WHERE id > ? AND id % 5 = 0", Long.class,
				initiativesBefore);
		sample.forEach(riskEngine::recompute);
		assertThat(jdbc.queryForList("SELECT DISTINCT rule FROM risk_flag WHERE cleared_at IS NULL AND initiative_id > ?",
				String.class, initiativesBefore)).contains("TASK_CONTEXT_DRIFT", "EXTERNAL_ENVIRONMENT_CHANGE",
						"ORGANIZATIONAL_CONTEXT_CHANGE", "INCONSISTENT_PERFORMANCE", "MECHANISM_CONDITION_MISMATCH");
		long initiative = count("SELECT max(id) FROM initiative");
		long event = count("SELECT max(id) FROM context_event WHERE scope = 'ORGANIZATION'");
		var executive = user("executive").roles("EXECUTIVE");
		for (String page : List.of("/dashboard", "/initiatives", "/timeline", "/checklists", "/events/" + event,
				"/initiatives/" + initiative, "/initiatives/" + initiative + "/checklists",
				"/initiatives/" + initiative + "/signals", "/initiatives/" + initiative + "/flags")) {
			mvc.perform(get(page).with(executive)).andExpect(status().isOk());
		}
	}

	@Test
	void runsAgainOnTopOfItsOwnOutputWithTheOriginalSignature() {
		long units = count("SELECT count(*) FROM business_unit");
		long before = count("SELECT max(id) FROM initiative");
		long eventsBeforeSecondRun = count("SELECT max(id) FROM context_event");
		long lastNumber = count("SELECT max(substring(name FROM '^Generated initiative (\\d+)$')::int) FROM initiative");
		assertThat(jdbc.queryForObject("SELECT cyclewise_generate_portfolio(?)", Integer.class, 20)).isEqualTo(20);
		assertThat(count("SELECT count(*) FROM business_unit")).isEqualTo(units);
		assertThat(jdbc.queryForList("SELECT name FROM initiative WHERE id > ? ORDER BY id", String.class, before))
			.hasSize(20).first().isEqualTo("Generated initiative " + (lastNumber + 1));
		assertThat(count("SELECT count(*) FROM performance_observation WHERE initiative_id > ?", before)).isEqualTo(2000);
		assertThat(count("SELECT count(*) FROM context_event WHERE id > ?", eventsBeforeSecondRun)).isEqualTo(24);
		// The second run's organization-wide events reach the first run's initiatives too.
		assertThat(count("SELECT count(*) FROM context_event_impact x JOIN context_event e ON e.id = x.event_id"
				+ " WHERE e.id > ? AND e.scope = 'ORGANIZATION' AND x.initiative_id BETWEEN ? AND ?", eventsBeforeSecondRun,
				initiativesBefore + 1, before)).isPositive();
	}

	private long count(String sql, Object... parameters) {
		Long value = jdbc.queryForObject(sql, Long.class, parameters);
		return value == null ? 0 : value;
	}
}
