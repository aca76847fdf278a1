package io.cyclewise.signal.alert;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.cyclewise.support.Api;
import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static io.cyclewise.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Alertmanager's webhook with the payloads Alertmanager 0.27/0.28 sends (src/test/resources/alertmanager), real
 * tokens and real PostgreSQL. Each test gives the samples fingerprints of its own and moves their times so that the
 * first firing is yesterday (the samples' dates would otherwise age out of the event form's one-year window).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AlertmanagerApiTest {

	static final String INITIATIVE = "Visual weld inspection";

	/** The day the samples' first alert fires on; shifted to yesterday. */
	static final Instant SAMPLE_DAY = Instant.parse("2026-11-25T00:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	String scientist;

	String lead;

	String run;

	long initiativeId;

	@BeforeEach
	void setUp() {
		scientist = Api.token(tokens, "scientist", TokenAccess.READ_WRITE);
		lead = Api.token(tokens, "lead", TokenAccess.READ_WRITE);
		run = Long.toHexString(System.nanoTime());
		initiativeId = jdbc.queryForObject("select id from initiative where name = ?", Long.class, INITIATIVE);
	}

	@Test
	void firingAlertsBecomeDriftedChecksOnceHoweverOftenAlertmanagerRepeatsThem() throws Exception {
		ObjectNode firing = sample("firing-two-alerts.json");
		long checksBefore = count("data_check");
		send(firing, scientist).andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(2))
			.andExpect(jsonPath("$.rejected").value(0))
			.andExpect(jsonPath("$.alerts[0].index").value(0))
			.andExpect(jsonPath("$.alerts[0].fingerprint").value("b1a6f4c28d1e0a77-" + run))
			.andExpect(jsonPath("$.alerts[0].outcome", matchesPattern("recorded data check \\d+")))
			.andExpect(jsonPath("$.alerts[1].outcome", matchesPattern("recorded data check \\d+")));
		assertThat(count("data_check")).isEqualTo(checksBefore + 2);

		Map<String, Object> check = jdbc.queryForMap("select * from data_check where note like ? ",
				"%fingerprint b1a6f4c28d1e0a77-" + run + "%");
		assertThat(check.get("initiative_id")).isEqualTo(initiativeId);
		assertThat(check.get("result")).isEqualTo("DRIFTED");
		assertThat(check.get("method")).isEqualTo("FeatureDrift on psi_weld_seam_width");
		assertThat(check.get("checked_by")).isEqualTo("Alertmanager (receiver cyclewise)");
		assertThat((BigDecimal) check.get("drift_score")).isEqualByComparingTo("0.312789");
		assertThat(check.get("recorded_by")).isEqualTo("scientist");
		assertThat(((java.sql.Date) check.get("checked_on")).toLocalDate())
			.isEqualTo(localDate(firing.get("alerts").get(0).get("startsAt").asString()));
		assertThat((String) check.get("note")).startsWith("Weld seam width drifted away from the training data\n"
				+ "Population stability index of weld_seam_width");
		assertThat(jdbc.queryForObject("select note from data_check where note like ?", String.class,
				"%fingerprint 4e2c91d07f3ab5c2-" + run + "%")).contains("User context: Plant Porto.");

		// repeat_interval: the same group again, and again with one alert only (the other was silenced meanwhile).
		send(firing, scientist).andExpect(status().isOk())
			.andExpect(jsonPath("$.alerts[0].outcome").value("duplicate"))
			.andExpect(jsonPath("$.alerts[1].outcome").value("duplicate"));
		((tools.jackson.databind.node.ArrayNode) firing.get("alerts")).remove(1);
		send(firing, scientist).andExpect(jsonPath("$.alerts[0].outcome").value("duplicate"));
		assertThat(count("data_check")).isEqualTo(checksBefore + 2);
	}

	@Test
	void aResolvedAlertIsRecordedAsAConsistentCheckOnItsEndDate() throws Exception {
		send(sample("firing-two-alerts.json"), scientist).andExpect(status().isOk());
		ObjectNode resolved = sample("resolved.json");
		long checksBefore = count("data_check");
		send(resolved, scientist).andExpect(status().isOk())
			.andExpect(jsonPath("$.alerts[0].status").value("resolved"))
			.andExpect(jsonPath("$.alerts[0].outcome", matchesPattern("recorded data check \\d+")));
		send(resolved, scientist).andExpect(jsonPath("$.alerts[0].outcome").value("duplicate"));
		assertThat(count("data_check")).isEqualTo(checksBefore + 1);
		List<Map<String, Object>> checks = jdbc.queryForList(
				"select result, checked_on from data_check where note like ? order by id",
				"%fingerprint b1a6f4c28d1e0a77-" + run + "%");
		assertThat(checks).extracting(row -> row.get("result")).containsExactly("DRIFTED", "CONSISTENT");
		assertThat(((java.sql.Date) checks.get(1).get("checked_on")).toLocalDate())
			.isEqualTo(localDate(resolved.get("alerts").get(0).get("endsAt").asString()));
	}

	@Test
	void alertsThatCannotBeFiledAreReportedWithoutFailingTheGroup() throws Exception {
		long checksBefore = count("data_check");
		send(sample("unroutable.json"), scientist).andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(3))
			.andExpect(jsonPath("$.rejected").value(2))
			.andExpect(jsonPath("$.alerts[0].outcome").value("rejected"))
			.andExpect(jsonPath("$.alerts[0].reasons[0]").value("label `initiative` missing"))
			.andExpect(jsonPath("$.alerts[1].outcome").value("rejected"))
			.andExpect(jsonPath("$.alerts[1].reasons[0]", containsString("“Visual weld inspector”")))
			.andExpect(jsonPath("$.alerts[1].reasons[0]", containsString("no initiative has this id or exactly this name")))
			.andExpect(jsonPath("$.alerts[2].outcome", matchesPattern("recorded data check \\d+")));
		assertThat(count("data_check")).isEqualTo(checksBefore + 1);
		assertThat(jdbc.queryForObject("select method from data_check where note like ?", String.class,
				"%fingerprint 1a2b3c4d5e6f7081-" + run + "%")).isEqualTo("ModelAccuracyDrop");
	}

	@Test
	void unreadableLabelsRejectTheAlertWithTheFormsReasons() throws Exception {
		ObjectNode firing = sample("firing-two-alerts.json");
		alert(firing, 0).withObject("annotations").put("drift_score", "NaN");
		alert(firing, 1).withObject("labels").put("cyclewise_signal", "metric");
		alert(firing, 1).withObject("labels").put("initiative", String.valueOf(initiativeId));
		long checksBefore = count("data_check");
		send(firing, scientist).andExpect(status().isOk())
			.andExpect(jsonPath("$.alerts[0].outcome").value("rejected"))
			.andExpect(jsonPath("$.alerts[0].reasons[0]").value("`drift_score` is “NaN”, not a number such as 0.27."))
			.andExpect(jsonPath("$.alerts[1].outcome").value("rejected"))
			.andExpect(jsonPath("$.alerts[1].reasons[0]", containsString("use `data_check` (the default) or `context_event`")));
		assertThat(count("data_check")).isEqualTo(checksBefore);

		ObjectNode future = sample("unroutable.json");
		alert(future, 2).put("startsAt", clock.instant().plus(Duration.ofDays(3)).toString());
		send(future, scientist).andExpect(jsonPath("$.alerts[2].outcome").value("rejected"))
			.andExpect(jsonPath("$.alerts[2].reasons[0]", containsString("startsAt / endsAt: ")));
		assertThat(count("data_check")).isEqualTo(checksBefore);
	}

	@Test
	void contextEventAlertsOpenAnEventForTheInitiativeAndTheirResolutionClosesIt() throws Exception {
		ObjectNode firing = sample("firing-two-alerts.json");
		for (int index = 0; index < 2; index++) {
			alert(firing, index).withObject("labels").put("cyclewise_signal", "context_event");
		}
		alert(firing, 0).withObject("labels").put("initiative", String.valueOf(initiativeId));
		long eventsBefore = count("context_event");
		String body = send(firing, lead).andExpect(status().isOk())
			.andExpect(jsonPath("$.alerts[0].outcome", matchesPattern("recorded event \\d+")))
			.andExpect(jsonPath("$.alerts[1].outcome", matchesPattern("recorded event \\d+")))
			.andReturn().getResponse().getContentAsString();
		JsonNode report = json.readTree(body);
		long dataMismatch = eventId(report.get("alerts").get(0).get("outcome").asString());
		long performanceGap = eventId(report.get("alerts").get(1).get("outcome").asString());
		assertThat(count("context_event")).isEqualTo(eventsBefore + 2);
		assertThat(jdbc.queryForMap("select kind, scope, title, recorded_by from context_event where id = ?", dataMismatch))
			.containsEntry("kind", "DATA_MISMATCH").containsEntry("scope", "USER_CONTEXTS")
			.containsEntry("title", "Weld seam width drifted away from the training data")
			.containsEntry("recorded_by", "lead");
		assertThat(jdbc.queryForList("select user_context from context_event_user_context where event_id = ? order by position",
				String.class, dataMismatch)).containsExactly("Plant Lyon", "Plant Porto");
		assertThat(jdbc.queryForObject("select kind from context_event where id = ?", String.class, performanceGap))
			.isEqualTo("USER_CONTEXT_PERFORMANCE_GAP");
		assertThat(jdbc.queryForList("select user_context from context_event_user_context where event_id = ?",
				String.class, performanceGap)).containsExactly("Plant Porto");
		for (long event : List.of(dataMismatch, performanceGap)) {
			assertThat(jdbc.queryForList("select initiative_id from context_event_impact where event_id = ?", Long.class,
					event)).contains(initiativeId);
		}
		send(firing, lead).andExpect(jsonPath("$.alerts[0].outcome").value("duplicate"))
			.andExpect(jsonPath("$.alerts[1].outcome").value("duplicate"));
		assertThat(count("context_event")).isEqualTo(eventsBefore + 2);

		ObjectNode resolved = sample("resolved.json");
		alert(resolved, 0).withObject("labels").put("cyclewise_signal", "context_event");
		send(resolved, lead).andExpect(status().isOk())
			.andExpect(jsonPath("$.alerts[0].outcome").value("closed event " + dataMismatch));
		assertThat(jdbc.queryForMap("select closed_by, closing_note from context_event where id = ?", dataMismatch))
			.containsEntry("closed_by", "lead");
		assertThat(jdbc.queryForObject("select closed_at from context_event where id = ?", Object.class, performanceGap)).isNull();
		send(resolved, lead).andExpect(jsonPath("$.alerts[0].outcome").value("nothing recorded"))
			.andExpect(jsonPath("$.alerts[0].reasons[0]").value("event " + dataMismatch + " is already closed"));

		alert(resolved, 0).put("fingerprint", "never-fired-" + run);
		send(resolved, lead).andExpect(jsonPath("$.alerts[0].outcome").value("nothing recorded"))
			.andExpect(jsonPath("$.alerts[0].reasons[0]", containsString("no event was recorded when this alert fired")));
		assertThat(count("context_event")).isEqualTo(eventsBefore + 2);
	}

	@Test
	void theTokenOwnersRolesDecideWhatIsRecorded() throws Exception {
		ObjectNode firing = sample("firing-two-alerts.json");
		long checksBefore = count("data_check");
		long eventsBefore = count("context_event");

		send(firing, Api.token(tokens, "scientist", TokenAccess.READ_ONLY)).andExpect(status().isForbidden());
		send(firing, Api.token(tokens, "executive", TokenAccess.READ_WRITE)).andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.detail", containsString("may record neither")));
		// Data checks are the data scientists' (and administrators'): a lead's token gets each alert refused.
		send(firing, lead).andExpect(status().isOk())
			.andExpect(jsonPath("$.rejected").value(2))
			.andExpect(jsonPath("$.alerts[0].reasons[0]")
				.value("Only data scientists and administrators record observations and data checks."));

		for (int index = 0; index < 2; index++) {
			alert(firing, index).withObject("labels").put("cyclewise_signal", "context_event");
		}
		send(firing, scientist).andExpect(status().isOk())
			.andExpect(jsonPath("$.alerts[0].outcome").value("rejected"))
			.andExpect(jsonPath("$.alerts[0].reasons[0]", containsString("Project leads, executives and administrators")));
		// Another initiative's lead may not record changes for user contexts none of their initiatives serves.
		send(firing, Api.token(tokens, "lead2", TokenAccess.READ_WRITE)).andExpect(status().isOk())
			.andExpect(jsonPath("$.alerts[0].outcome").value("rejected"))
			.andExpect(jsonPath("$.alerts[0].reasons[0]", containsString("initiative scope: You can record changes only")));
		assertThat(count("data_check")).isEqualTo(checksBefore);
		assertThat(count("context_event")).isEqualTo(eventsBefore);

		send(firing, Api.token(tokens, "admin", TokenAccess.READ_WRITE)).andExpect(status().isOk())
			.andExpect(jsonPath("$.rejected").value(0));
		assertThat(count("context_event")).isEqualTo(eventsBefore + 2);
	}

	@Test
	void aBodyThatIsNotAnAlertmanagerNotificationIsA400AndStoresNothing() throws Exception {
		long checksBefore = count("data_check");
		ObjectNode firing = sample("firing-two-alerts.json");
		firing.put("version", "3");
		send(firing, scientist).andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].message", containsString("Only version “4”")))
			.andExpect(jsonPath("$.errors[0].message", containsString("has version “3”")));

		ObjectNode broken = sample("firing-two-alerts.json");
		broken.remove("version");
		alert(broken, 0).remove("fingerprint");
		alert(broken, 1).put("status", "pending");
		send(broken, scientist).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("version")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("alerts[0].fingerprint")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("alerts[1].status")));

		send(json.readTree("{\"version\":\"4\",\"status\":\"firing\"}"), scientist).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("alerts"));
		ObjectNode badTime = sample("firing-two-alerts.json");
		alert(badTime, 0).put("startsAt", "yesterday");
		send(badTime, scientist).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("alerts[0].startsAt"));
		assertThat(count("data_check")).isEqualTo(checksBefore);

		// Fields a later Alertmanager may add are ignored, unlike in the portal's own bodies.
		ObjectNode future = sample("firing-two-alerts.json");
		future.put("notificationReason", "repeat");
		alert(future, 0).put("silencedBy", "nobody");
		send(future, scientist).andExpect(status().isOk()).andExpect(jsonPath("$.rejected").value(0));
	}

	private ResultActions send(JsonNode payload, String token) throws Exception {
		return mvc.perform(post("/api/v1/alertmanager").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(payload)));
	}

	/** A sample with this test's fingerprints, its times moved by whole days so its first day is yesterday. */
	private ObjectNode sample(String name) throws Exception {
		ObjectNode payload = (ObjectNode) json.readTree(
				new ClassPathResource("alertmanager/" + name).getContentAsString(StandardCharsets.UTF_8));
		Duration shift = Duration.ofDays(Duration.between(SAMPLE_DAY, clock.instant()).toDays() - 1);
		for (JsonNode node : payload.get("alerts")) {
			ObjectNode alert = (ObjectNode) node;
			alert.put("fingerprint", alert.get("fingerprint").asString() + "-" + run);
			for (String field : List.of("startsAt", "endsAt")) {
				Instant time = Instant.parse(alert.get(field).asString());
				if (time.atOffset(ZoneOffset.UTC).getYear() > 1) {
					alert.put(field, time.plus(shift).toString());
				}
			}
		}
		return payload;
	}

	private static ObjectNode alert(ObjectNode payload, int index) {
		return (ObjectNode) payload.get("alerts").get(index);
	}

	private static LocalDate localDate(String time) {
		return LocalDate.ofInstant(Instant.parse(time), ZoneId.systemDefault());
	}

	private static long eventId(String outcome) {
		return Long.parseLong(outcome.substring(outcome.lastIndexOf(' ') + 1));
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}
}
