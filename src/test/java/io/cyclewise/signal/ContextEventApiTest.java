package io.cyclewise.signal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.support.Registry;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.support.TestTokens;
import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static io.cyclewise.support.Api.bearer;
import static io.cyclewise.support.Users.AS_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Context-change events through the API, with real tokens on real PostgreSQL: the pages' rules and versions. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContextEventApiTest {

	@Autowired
	MockMvc mvc;

	TestTokens created;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	BusinessUnits businessUnits;

	@Autowired
	Registry registry;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	String lead;

	String leadReadOnly;

	String otherLead;

	String scientist;

	BusinessUnitSummary unit;

	long initiativeId;

	@BeforeAll
	void tokens() {
		created = new TestTokens(tokens);
		lead = created.create("lead", TokenAccess.READ_WRITE);
		leadReadOnly = created.create("lead", TokenAccess.READ_ONLY);
		otherLead = created.create("lead2", TokenAccess.READ_WRITE);
		scientist = created.create("scientist", TokenAccess.READ_WRITE);
	}

	@AfterAll
	void revokeTokens() {
		created.revokeAll();
	}

	@BeforeEach
	void fixture() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		unit = businessUnits.add("API events " + suffix, null);
		initiativeId = registry.initiative("API event target " + suffix).businessUnit(unit.id())
			.userContexts("Zone " + suffix).by(AS_LEAD).id();
	}

	@Test
	void recordsAnEventLinkedToItsScopeListsReadsAndClosesIt() throws Exception {
		Map<String, Object> body = event("Supplier switched");
		String location = send(post("/api/v1/events"), lead, body)
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.title").value("Supplier switched"))
			.andExpect(jsonPath("$.type").value("TASK_CONTEXT"))
			.andExpect(jsonPath("$.businessUnitNames[0]").value(unit.name()))
			.andExpect(jsonPath("$.affectedCount").value(1))
			.andExpect(jsonPath("$.unacknowledgedCount").value(1))
			.andExpect(jsonPath("$.affected[0].initiativeId").value(initiativeId))
			.andReturn().getResponse().getHeader("Location");
		assertThat(location).matches("/api/v1/events/\\d+");
		long eventId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForList("select initiative_id from context_event_impact where event_id = ?", Long.class, eventId))
			.containsExactly(initiativeId);

		// The same submission again stores nothing a second time.
		long events = count("context_event");
		send(post("/api/v1/events"), lead, body)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("already submitted")));
		assertThat(count("context_event")).isEqualTo(events);

		mvc.perform(get("/api/v1/events").param("unit", String.valueOf(unit.id())).param("status", "open")
			.param("type", "TASK_CONTEXT").param("size", "100").with(bearer(scientist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem((int) eventId)))
			.andExpect(jsonPath("$.size").value(100));
		mvc.perform(get("/api/v1/events").param("unit", String.valueOf(unit.id())).param("status", "closed")
			.with(bearer(scientist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) eventId))));
		mvc.perform(get(location).with(bearer(leadReadOnly)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.open").value(true));

		Map<String, Object> close = new LinkedHashMap<>();
		close.put("note", "Supplier back");
		send(post(location + "/close"), scientist, close).andExpect(status().isForbidden());
		send(post(location + "/close"), leadReadOnly, close).andExpect(status().isForbidden());
		send(post(location + "/close"), lead, close)
			.andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.detail", containsString("version")));
		close.put("version", 7);
		send(post(location + "/close"), lead, close)
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.current.version").value(0))
			.andExpect(jsonPath("$.current.open").value(true));
		close.put("version", 0);
		close.put("note", "x".repeat(1001));
		send(post(location + "/close"), lead, close)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		assertThat(jdbc.queryForObject("select closed_at is null from context_event where id = ?", Boolean.class, eventId)).isTrue();
		close.put("note", "Supplier back");
		send(post(location + "/close"), lead, close)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.open").value(false))
			.andExpect(jsonPath("$.closedBy").value("lead"))
			.andExpect(jsonPath("$.closingNote").value("Supplier back"));
	}

	@Test
	void theLeadAcknowledgesForTheirInitiativeWithTheVersionTheyRead() throws Exception {
		long eventId = recordedEvent("Plant reorganized");
		String impacts = "/api/v1/initiatives/" + initiativeId + "/events";
		mvc.perform(get(impacts).with(bearer(scientist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].eventId").value(eventId))
			.andExpect(jsonPath("$[0].acknowledged").value(false))
			.andExpect(jsonPath("$[0].version").value(0));

		String acknowledge = impacts + "/" + eventId + "/acknowledge";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("outcome", "RETRAINED_OR_RECALIBRATED");
		body.put("response", "Retrained on the new supplier's data");
		body.put("version", 0);
		send(post(acknowledge), scientist, body).andExpect(status().isForbidden());
		send(post(acknowledge), otherLead, body)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("lead")));
		send(post(acknowledge), leadReadOnly, body).andExpect(status().isForbidden());
		body.put("version", null);
		send(post(acknowledge), lead, body).andExpect(status().isPreconditionRequired());
		body.put("version", 3);
		send(post(acknowledge), lead, body)
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.current.version").value(0))
			.andExpect(jsonPath("$.current.acknowledged").value(false));
		body.put("version", 0);
		body.put("response", " ");
		send(post(acknowledge), lead, body)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("response"));
		assertThat(acknowledgedAt(eventId)).isNull();

		body.put("response", "Retrained on the new supplier's data");
		body.put("outcome", null);
		send(post(acknowledge), lead, body)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		body.put("outcome", "RETRAINED_SOMEHOW");
		send(post(acknowledge), lead, body).andExpect(status().isBadRequest());
		body.put("outcome", "NO_IMPACT");
		body.put("response", "None");
		send(post(acknowledge), lead, body)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("response"))
			.andExpect(jsonPath("$.errors[0].message", containsString("why")));
		assertThat(acknowledgedAt(eventId)).isNull();

		body.put("outcome", "RETRAINED_OR_RECALIBRATED");
		body.put("response", "Retrained on the new supplier's data");
		send(post(acknowledge), lead, body)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledged").value(true))
			.andExpect(jsonPath("$.outcome").value("RETRAINED_OR_RECALIBRATED"))
			.andExpect(jsonPath("$.acknowledgedBy").value("lead"))
			.andExpect(jsonPath("$.response").value("Retrained on the new supplier's data"));
		assertThat(acknowledgedAt(eventId)).isNotNull();
		send(post(acknowledge), lead, body)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("already acknowledged")));
		mvc.perform(get("/api/v1/events/" + eventId).with(bearer(scientist)))
			.andExpect(jsonPath("$.unacknowledgedCount").value(0))
			.andExpect(jsonPath("$.affected[0].acknowledgedBy").value("lead"))
			.andExpect(jsonPath("$.affected[0].outcome").value("RETRAINED_OR_RECALIBRATED"));

		long other = jdbc.queryForObject("select min(id) from context_event where id <> ?", Long.class, eventId);
		send(post(impacts + "/" + other + "/acknowledge"), lead, body)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("does not affect")));
	}

	@Test
	void badInputAndForbiddenScopesStoreNothing() throws Exception {
		long events = count("context_event");
		long impacts = count("context_event_impact");
		send(post("/api/v1/events"), lead, Map.of())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("description")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("occurredOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("scope")));
		Map<String, Object> organizationWide = event("Everything changes");
		organizationWide.put("scope", "ORGANIZATION");
		organizationWide.remove("businessUnitIds");
		send(post("/api/v1/events"), lead, organizationWide)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scope"))
			.andExpect(jsonPath("$.errors[0].message", containsString("executives")));
		send(post("/api/v1/events"), otherLead, event("Not my unit"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scope"));
		Map<String, Object> unknownKind = event("Unknown kind");
		unknownKind.put("kind", "WEATHER");
		send(post("/api/v1/events"), lead, unknownKind)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		Map<String, Object> tooLate = event("Far ahead");
		tooLate.put("occurredOn", LocalDate.now(clock).plusYears(3).toString());
		send(post("/api/v1/events"), lead, tooLate)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
		send(post("/api/v1/events"), scientist, event("By a scientist"))
			.andExpect(status().isForbidden());
		send(post("/api/v1/events"), leadReadOnly, event("Read-only"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("read-only")));
		assertThat(count("context_event")).isEqualTo(events);
		assertThat(count("context_event_impact")).isEqualTo(impacts);

		mvc.perform(get("/api/v1/events").param("status", "sometimes").param("unit", "999999").param("size", "0")
			.with(bearer(lead)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("status")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("unit")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("size")));
		mvc.perform(get("/api/v1/events").param("type", "WEATHER").with(bearer(lead)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		mvc.perform(get("/api/v1/events/999999999").with(bearer(lead)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/initiatives/999999999/events").with(bearer(lead)))
			.andExpect(status().isNotFound());
	}

	private long recordedEvent(String title) throws Exception {
		String location = send(post("/api/v1/events"), lead, event(title))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private Map<String, Object> event(String title) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "DATA_MISMATCH");
		body.put("title", title);
		body.put("description", "The new supplier's sensors report in another unit.");
		body.put("occurredOn", LocalDate.now(clock).toString());
		body.put("scope", "BUSINESS_UNITS");
		body.put("businessUnitIds", List.of(unit.id()));
		body.put("submissionId", UUID.randomUUID().toString());
		return body;
	}

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String token, Map<String, Object> body) throws Exception {
		return mvc.perform(request.with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private java.sql.Timestamp acknowledgedAt(long eventId) {
		return jdbc.queryForObject("select acknowledged_at from context_event_impact where event_id = ? and initiative_id = ?",
				java.sql.Timestamp.class, eventId, initiativeId);
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}
}
