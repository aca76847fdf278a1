package io.cyclewise.signal.measure;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.risk.RecomputationStatus;
import io.cyclewise.shared.IdempotentRequests;
import io.cyclewise.signal.SignalsChanged;
import io.cyclewise.support.Api;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.Registry;
import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.cyclewise.support.Users.AS_LEAD;
import static io.cyclewise.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Observations and data checks through the API with real tokens on real PostgreSQL: one at a time and in bulk
 * (per-item results, limits, Idempotency-Key), the pages' rules and permissions, and one recomputation per import.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class MeasurementApiTest {

	static final String BULK_OBSERVATIONS = "/api/v1/observations/bulk";
	static final String BULK_CHECKS = "/api/v1/data-checks/bulk";

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	InitiativeService initiatives;

	@Autowired
	BusinessUnits businessUnits;

	@Autowired
	Registry registry;

	@Autowired
	Clock clock;

	@Autowired
	RecomputationStatus recomputation;

	@Autowired
	IdempotentRequests idempotency;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEvents events;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	/** Once per class: an owner may hold at most 20 active tokens, and other test classes need theirs. */
	static String scientist;
	static String scientistReadOnly;
	static String lead;
	long north;
	long south;

	@BeforeEach
	void setUp() {
		if (scientist == null) {
			scientist = Api.token(tokens, "scientist", TokenAccess.READ_WRITE);
			scientistReadOnly = Api.token(tokens, "scientist", TokenAccess.READ_ONLY);
			lead = Api.token(tokens, "lead", TokenAccess.READ_WRITE);
		}
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		BusinessUnitSummary unit = businessUnits.add("Measured " + suffix, null);
		north = register("Measured north " + suffix, unit, "Stores north, Stores east");
		south = register("Measured south " + suffix, unit, "Stores south");
		BackgroundWork.awaitDone(jdbc);
	}

	@Test
	void recordsOneObservationAndOneCheckAndListsThemNewestFirst() throws Exception {
		Map<String, Object> older = observation(north, "Recall", "0.80", "Stores north");
		older.put("observedOn", LocalDate.now(clock).minusDays(3).toString());
		send(post("/api/v1/initiatives/" + north + "/observations"), scientist, older).andExpect(status().isCreated());
		Map<String, Object> newer = observation(north, "recall", "0.85", "Stores north");
		newer.put("note", "  after retraining ");
		send(post("/api/v1/initiatives/" + north + "/observations"), scientist, newer)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.initiativeId").value(north))
			.andExpect(jsonPath("$.metric").value("Recall"))
			.andExpect(jsonPath("$.value").value(0.85))
			.andExpect(jsonPath("$.note").value("after retraining"))
			.andExpect(jsonPath("$.recordedBy").value("scientist"))
			.andExpect(jsonPath("$.submissionId").isString());
		mvc.perform(get("/api/v1/initiatives/" + north + "/observations").with(bearer(scientistReadOnly)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].value").value(0.85))
			.andExpect(jsonPath("$[1].observedOn").value(LocalDate.now(clock).minusDays(3).toString()));

		Map<String, Object> check = dataCheck(north, "DRIFTED", "0.31");
		send(post("/api/v1/initiatives/" + north + "/data-checks"), scientist, check)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.result").value("DRIFTED"))
			.andExpect(jsonPath("$.driftScore").value(0.31));
		mvc.perform(get("/api/v1/initiatives/" + north + "/data-checks").with(bearer(lead)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].checkedBy").value("Dana Scientist"));
		mvc.perform(get("/api/v1/initiatives/999999/observations").with(bearer(lead)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("There is no initiative 999999."));
	}

	@Test
	void aSingleBadObservationGetsTheFormsMessagesAndStoresNothing() throws Exception {
		send(post("/api/v1/initiatives/" + north + "/observations"), scientist,
				observation(north, "Precision", "0.7", "Stores north")).andExpect(status().isCreated());
		long before = count("performance_observation");
		Map<String, Object> bad = observation(north, "precision", "0.8", "Nowhere");
		bad.put("higherIsBetter", false);
		bad.put("observedOn", LocalDate.now(clock).plusDays(1).toString());
		send(post("/api/v1/initiatives/" + north + "/observations"), scientist, bad)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem("The date cannot be in the future.")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Choose one of the initiative's user contexts (or all of them).")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("higherIsBetter")));
		Map<String, Object> check = dataCheck(north, "NOT_CHECKED", "0.2");
		send(post("/api/v1/initiatives/" + north + "/data-checks"), scientist, check)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("driftScore"));
		assertThat(count("performance_observation")).isEqualTo(before);
	}

	@Test
	void aBulkImportStoresTheValidItemsAndSaysWhyNotForEachOther() throws Exception {
		UUID storedBefore = UUID.randomUUID();
		Map<String, Object> earlier = observation(north, "Accuracy", "0.9", "Stores north");
		earlier.put("submissionId", storedBefore.toString());
		send(post("/api/v1/initiatives/" + north + "/observations"), scientist, earlier).andExpect(status().isCreated());
		BackgroundWork.awaitDone(jdbc);
		long before = count("performance_observation");
		double countedBefore = ingested();
		events.clear();

		List<Map<String, Object>> items = new ArrayList<>();
		items.add(observation(north, "Accuracy", "0.91", "Stores east"));                  // 0 stored
		items.add(observation(south, "MAPE", "0.12", "Stores south"));                     // 1 stored
		items.get(1).put("higherIsBetter", false);
		Map<String, Object> invalid = observation(north, " ", "0.5", "Stores north");       // 2 rejected
		invalid.put("observedOn", LocalDate.now(clock).plusDays(2).toString());
		items.add(invalid);
		items.add(observation(999_999, "Accuracy", "0.5", "Stores north"));               // 3 unknown initiative
		items.add(earlier);                                                                 // 4 stored before
		Map<String, Object> repeated = observation(south, "MAPE", "0.13", "All user contexts");
		repeated.put("higherIsBetter", false);
		repeated.put("submissionId", UUID.randomUUID().toString());
		items.add(repeated);                                                                // 5 stored
		items.add(new LinkedHashMap<>(repeated));                                           // 6 repeat of 5
		items.add(observation(south, "mape", "0.14", "Stores south"));                     // 7 direction differs from 1
		Map<String, Object> noInitiative = observation(north, "Accuracy", "0.5", "Stores north");
		noInitiative.remove("initiativeId");
		items.add(noInitiative);                                                            // 8 rejected

		MvcResult result = bulk(BULK_OBSERVATIONS, scientist, UUID.randomUUID().toString(), items)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(3))
			.andExpect(jsonPath("$.rejected").value(4))
			.andExpect(jsonPath("$.duplicates").value(2))
			.andReturn();
		JsonNode answer = json.readTree(result.getResponse().getContentAsString());
		JsonNode results = answer.get("items");
		assertThat(results).hasSize(items.size());
		assertThat(statuses(results)).containsExactly("stored", "stored", "rejected", "rejected", "duplicate", "stored",
				"duplicate", "rejected", "rejected");
		for (int i = 0; i < results.size(); i++) {
			assertThat(results.get(i).get("index").asInt()).isEqualTo(i);
		}
		assertThat(messages(results.get(2))).containsEntry("metric", "Name the metric, e.g. recall or mean absolute percentage error.")
			.containsEntry("observedOn", "The date cannot be in the future.");
		assertThat(messages(results.get(3))).containsExactly(Map.entry("initiativeId", "There is no initiative 999999."));
		assertThat(results.get(4).get("id").asLong()).isEqualTo(jdbc.queryForObject(
				"select id from performance_observation where submission_id = ?", Long.class, storedBefore));
		assertThat(results.get(6).get("id").asLong()).isEqualTo(results.get(5).get("id").asLong());
		assertThat(messages(results.get(7))).containsOnlyKeys("higherIsBetter");
		assertThat(messages(results.get(8))).containsExactly(Map.entry("initiativeId", "Name the initiative (its id)."));
		assertThat(results.get(2).has("id")).isFalse();

		assertThat(count("performance_observation")).isEqualTo(before + 3);
		assertThat(ingested()).isEqualTo(countedBefore + 3);
		assertThat(jdbc.queryForObject("select metric from performance_observation where id = ?", String.class,
				results.get(0).get("id").asLong())).isEqualTo("Accuracy");
		assertThat(jdbc.queryForObject("select recorded_by from performance_observation where id = ?", String.class,
				results.get(5).get("id").asLong())).isEqualTo("scientist");

		// One event for the whole request, naming every initiative that got a value; both are recomputed.
		assertThat(events.stream(SignalsChanged.class).toList()).singleElement()
			.satisfies(changed -> assertThat(changed.initiativeIds()).containsExactlyInAnyOrder(north, south));
		await().until(() -> jdbc.queryForObject("select count(*) from risk_recomputation_request where reason = ?",
				Long.class, "New signals for 2 initiatives") > 0);
		BackgroundWork.awaitDone(jdbc);
		assertThat(recomputation.isMarked(north)).isFalse();
		assertThat(recomputation.evaluatedAt(south)).isPresent();
	}

	@Test
	void aBulkImportKeepsOneSpellingAndOneDirectionPerMetric() throws Exception {
		List<Map<String, Object>> items = new ArrayList<>();
		items.add(observation(north, "Bulk Recall", "0.7", "Stores north"));
		Map<String, Object> otherDirection = observation(north, "bulk recall", "0.6", "Stores north");
		otherDirection.put("higherIsBetter", false);
		items.add(otherDirection);
		items.add(observation(north, "BULK RECALL", "0.8", "Stores east"));
		items.add(observation(south, "bulk recall", "0.5", "Stores south"));
		JsonNode results = json.readTree(bulk(BULK_OBSERVATIONS, scientist, UUID.randomUUID().toString(), items)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("items");
		assertThat(statuses(results)).containsExactly("stored", "rejected", "stored", "stored");
		assertThat(messages(results.get(1)).get("higherIsBetter"))
			.isEqualTo("Earlier values of “Bulk Recall” were recorded as higher is better; one metric has one direction.");
		assertThat(jdbc.queryForList("select metric from performance_observation where initiative_id = ? order by id",
				String.class, north)).containsExactly("Bulk Recall", "Bulk Recall");
		assertThat(jdbc.queryForObject("select metric from performance_observation where initiative_id = ?",
				String.class, south)).isEqualTo("bulk recall");
	}

	@Test
	void aBulkImportOfDataChecksFollowsTheFormsRules() throws Exception {
		long before = count("data_check");
		List<Map<String, Object>> items = List.of(dataCheck(north, "CONSISTENT", "0.01"), dataCheck(south, "NOT_CHECKED", "0.3"),
				dataCheck(424_242, "DRIFTED", "0.4"), dataCheck(south, "DRIFTED", "-1"));
		JsonNode results = json.readTree(bulk(BULK_CHECKS, scientist, UUID.randomUUID().toString(), items)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("items");
		assertThat(statuses(results)).containsExactly("stored", "rejected", "rejected", "rejected");
		assertThat(messages(results.get(1))).containsExactly(
				Map.entry("driftScore", "Leave the drift score empty when the data was not checked."));
		assertThat(messages(results.get(2))).containsExactly(Map.entry("initiativeId", "There is no initiative 424242."));
		assertThat(messages(results.get(3))).containsExactly(Map.entry("driftScore", "A drift score is zero or more."));
		assertThat(count("data_check")).isEqualTo(before + 1);
	}

	@Test
	void tooManyNoItemsOrNoKeyIsRefusedAsAWhole() throws Exception {
		long observations = count("performance_observation");
		List<Map<String, Object>> tooMany = new ArrayList<>();
		for (int i = 0; i < 5_001; i++) {
			tooMany.add(observation(north, "Accuracy", "0.5", "Stores north"));
		}
		bulk(BULK_OBSERVATIONS, scientist, UUID.randomUUID().toString(), tooMany)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items"))
			.andExpect(jsonPath("$.errors[0].message", containsString("at most 5,000 items")));
		bulk(BULK_OBSERVATIONS, scientist, UUID.randomUUID().toString(), List.of())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Send at least one item."));
		bulk(BULK_CHECKS, scientist, null, List.of(dataCheck(north, "CONSISTENT", "0")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		bulk(BULK_CHECKS, scientist, "with spaces", List.of(dataCheck(north, "CONSISTENT", "0")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		mvc.perform(post(BULK_OBSERVATIONS).with(bearer(scientist)).header(IdempotentRequests.HEADER, "k1")
			.contentType(MediaType.APPLICATION_JSON).content("{\"items\": [{\"initiativeId\": 1, \"value\": \"high\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items[0].value"));
		assertThat(count("performance_observation")).isEqualTo(observations);
		assertThat(count("api_idempotency_key where owner = 'scientist' and idempotency_key = 'k1'")).isZero();
	}

	@Test
	void aRetryWithTheSameKeyGetsTheFirstAnswerAndStoresNothing() throws Exception {
		String key = UUID.randomUUID().toString();
		List<Map<String, Object>> items = List.of(observation(north, "Accuracy", "0.88", "Stores north"),
				observation(south, "Accuracy", "0.77", "Stores south"));
		String first = bulk(BULK_OBSERVATIONS, scientist, key, items).andExpect(status().isOk())
			.andExpect(header().doesNotExist(IdempotentRequests.REPLAYED)).andReturn().getResponse().getContentAsString();
		long after = count("performance_observation");
		BackgroundWork.awaitDone(jdbc);
		events.clear();

		String replayed = bulk(BULK_OBSERVATIONS, scientist, key, items)
			.andExpect(status().isOk())
			.andExpect(header().string(IdempotentRequests.REPLAYED, "true"))
			.andReturn().getResponse().getContentAsString();
		assertThat(replayed).isEqualTo(first);
		assertThat(count("performance_observation")).isEqualTo(after);
		assertThat(events.stream(SignalsChanged.class)).isEmpty();

		bulk(BULK_OBSERVATIONS, scientist, key, List.of(items.get(0)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("used with a different request")));
		bulk(BULK_CHECKS, scientist, key, List.of(dataCheck(north, "CONSISTENT", "0")))
			.andExpect(status().isUnprocessableContent());
		// Keys are per owner: the administrator's request with the same key is a request of its own.
		bulk(BULK_OBSERVATIONS, Api.token(tokens, "admin", TokenAccess.READ_WRITE), key, List.of(items.get(0)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(IdempotentRequests.REPLAYED));

		// A single record with a key: the retry is the same 201, nothing new stored.
		String singleKey = UUID.randomUUID().toString();
		Map<String, Object> one = observation(north, "Accuracy", "0.5", "Stores north");
		String created = send(post("/api/v1/initiatives/" + north + "/observations").header(IdempotentRequests.HEADER, singleKey),
				scientist, one).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long afterSingle = count("performance_observation");
		send(post("/api/v1/initiatives/" + north + "/observations").header(IdempotentRequests.HEADER, singleKey), scientist, one)
			.andExpect(status().isCreated())
			.andExpect(header().string(IdempotentRequests.REPLAYED, "true"))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).isEqualTo(created));
		assertThat(count("performance_observation")).isEqualTo(afterSingle);

		// After 24 hours the key is forgotten: it may be used again, and the hourly clean-up removes it.
		jdbc.update("update api_idempotency_key set created_at = now() - interval '25 hours' where owner = 'scientist' and idempotency_key = ?", key);
		bulk(BULK_OBSERVATIONS, scientist, key, List.of(items.get(0))).andExpect(status().isOk())
			.andExpect(header().doesNotExist(IdempotentRequests.REPLAYED));
		jdbc.update("update api_idempotency_key set created_at = now() - interval '25 hours' where owner = 'scientist' and idempotency_key = ?", key);
		assertThat(idempotency.forgetExpiredKeys()).isGreaterThanOrEqualTo(1);
		assertThat(count("api_idempotency_key where owner = 'scientist' and idempotency_key = '" + key + "'")).isZero();
	}

	@Test
	void aRequestWhoseKeyIsInProgressGets409() throws Exception {
		String key = UUID.randomUUID().toString();
		long before = count("performance_observation");
		try (Connection other = dataSource.getConnection()) {
			other.setAutoCommit(false);
			// What a first request with this key holds while it runs.
			try (var lock = other.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
				lock.setInt(1, 0x4944454d);
				lock.setString(2, "scientist\n" + key);
				lock.execute();
			}
			bulk(BULK_OBSERVATIONS, scientist, key, List.of(observation(north, "Accuracy", "0.5", "Stores north")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail", containsString("still being processed")));
			other.rollback();
		}
		assertThat(count("performance_observation")).isEqualTo(before);
		bulk(BULK_OBSERVATIONS, scientist, key, List.of(observation(north, "Accuracy", "0.5", "Stores north")))
			.andExpect(status().isOk());
	}

	@Test
	void onlyDataScientistsAndAdministratorsWithAWritingTokenRecord() throws Exception {
		long observations = count("performance_observation");
		long checks = count("data_check");
		List<Map<String, Object>> items = List.of(observation(north, "Accuracy", "0.5", "Stores north"));
		bulk(BULK_OBSERVATIONS, lead, UUID.randomUUID().toString(), items)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("data scientists and administrators")));
		bulk(BULK_CHECKS, lead, null, List.of())
			.andExpect(status().isForbidden());
		send(post("/api/v1/initiatives/" + north + "/observations"), lead, items.get(0)).andExpect(status().isForbidden());
		send(post("/api/v1/initiatives/" + north + "/data-checks"), lead, Map.of()).andExpect(status().isForbidden());
		bulk(BULK_OBSERVATIONS, scientistReadOnly, UUID.randomUUID().toString(), items)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("read-only")));
		send(post("/api/v1/initiatives/" + north + "/observations"), scientistReadOnly, items.get(0))
			.andExpect(status().isForbidden());
		mvc.perform(post(BULK_OBSERVATIONS).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		assertThat(count("performance_observation")).isEqualTo(observations);
		assertThat(count("data_check")).isEqualTo(checks);
	}

	@Test
	void theOpenApiDescriptionStatesPartialAcceptanceAndTheKey() throws Exception {
		mvc.perform(get("/v3/api-docs").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.user("scientist").roles("DATA_SCIENTIST")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/observations/bulk'].post.description", containsString("Partial acceptance")))
			.andExpect(jsonPath("$.paths['/api/v1/data-checks/bulk'].post.description", containsString("At most 5,000 items")))
			.andExpect(jsonPath("$.paths['/api/v1/observations/bulk'].post.parameters[*].name", hasItem("Idempotency-Key")));
	}

	private ResultActions bulk(String path, String token, String key, List<Map<String, Object>> items) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("items", items)));
		if (key != null) {
			request.header(IdempotentRequests.HEADER, key);
		}
		return mvc.perform(request);
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String token, Map<String, Object> body) throws Exception {
		Map<String, Object> form = new LinkedHashMap<>(body);
		form.remove("initiativeId");
		return mvc.perform(request.with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(form)));
	}

	private Map<String, Object> observation(long initiativeId, String metric, String value, String userContext) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("initiativeId", initiativeId);
		item.put("metric", metric);
		item.put("value", new java.math.BigDecimal(value));
		item.put("userContext", userContext);
		item.put("source", "OPERATIONAL");
		item.put("observedOn", LocalDate.now(clock).toString());
		return item;
	}

	private Map<String, Object> dataCheck(long initiativeId, String result, String driftScore) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("initiativeId", initiativeId);
		item.put("checkedOn", LocalDate.now(clock).toString());
		item.put("checkedBy", "Dana Scientist");
		item.put("method", "Population stability index");
		item.put("result", result);
		item.put("driftScore", new java.math.BigDecimal(driftScore));
		return item;
	}

	private static List<String> statuses(JsonNode results) {
		List<String> statuses = new ArrayList<>();
		results.forEach(result -> statuses.add(result.get("status").asString()));
		return statuses;
	}

	private static Map<String, String> messages(JsonNode result) {
		Map<String, String> messages = new LinkedHashMap<>();
		result.get("errors").forEach(error -> messages.put(error.get("field").asString(), error.get("message").asString()));
		return messages;
	}

	private double ingested() {
		return meters.get("cyclewise.observations.ingested").tag("channel", "api").counter().count();
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private long register(String name, BusinessUnitSummary unit, String contexts) {
		return registry.initiative(name).businessUnit(unit.id()).userContexts(contexts).by(AS_LEAD).id();
	}
}
