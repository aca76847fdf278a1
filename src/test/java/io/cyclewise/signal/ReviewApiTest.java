package io.cyclewise.signal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.support.Registry;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static io.cyclewise.support.Api.bearer;
import static io.cyclewise.support.Users.AS_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reviews and their cadence through the API, with real tokens on real PostgreSQL: the page's rules and versions. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewApiTest {

	@Autowired
	MockMvc mvc;

	TestTokens created;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	InitiativeService initiatives;

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

	long initiativeId;

	String reviews;

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
		initiativeId = registry.initiative("API review target " + UUID.randomUUID().toString().substring(0, 8))
			.alignmentPhase(AlignmentPhase.SUSTAINING).by(AS_LEAD).id();
		reviews = "/api/v1/initiatives/" + initiativeId + "/reviews";
	}

	@Test
	void recordsReviewsAndReturnsToAnEarlierPhaseWithTheInitiativesVersion() throws Exception {
		mvc.perform(get(reviews).with(bearer(scientist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cadenceDays").value(ReviewFact.DEFAULT_CADENCE_DAYS))
			.andExpect(jsonPath("$.defaultCadence").value(true))
			.andExpect(jsonPath("$.cadenceVersion").doesNotExist())
			.andExpect(jsonPath("$.initiativeVersion").value(0))
			.andExpect(jsonPath("$.reviews").isEmpty());

		send(post(reviews), lead, review("CONTINUE"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").value("CONTINUE"))
			.andExpect(jsonPath("$.phaseAtReview").value("SUSTAINING"))
			.andExpect(jsonPath("$.recordedBy").value("lead"));

		Map<String, Object> returning = review("RETURN_TO_EARLIER_PHASE");
		returning.put("returnToPhase", "EFFECTUATING");
		returning.put("returnReason", "Users left the pilot");
		send(post(reviews), lead, returning)
			.andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.detail", containsString("initiativeVersion")));
		returning.put("initiativeVersion", 5);
		send(post(reviews), lead, returning)
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.current.initiativeVersion").value(0))
			.andExpect(jsonPath("$.current.phase").value("SUSTAINING"));
		assertThat(reviewCount()).isEqualTo(1);
		returning.put("initiativeVersion", 0);
		send(post(reviews), lead, returning)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.returnedToPhase").value("EFFECTUATING"));
		assertThat(initiatives.get(initiativeId).alignmentPhase()).isEqualTo(AlignmentPhase.EFFECTUATING);
		mvc.perform(get(reviews).with(bearer(leadReadOnly)))
			.andExpect(jsonPath("$.reviews.length()").value(2))
			.andExpect(jsonPath("$.lastReviewedOn").value(LocalDate.now(clock).toString()))
			.andExpect(jsonPath("$.phase").value("EFFECTUATING"));
	}

	@Test
	void badReviewsAndOtherPeoplesReviewsStoreNothing() throws Exception {
		send(post(reviews), scientist, review("CONTINUE")).andExpect(status().isForbidden());
		send(post(reviews), otherLead, review("CONTINUE"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("lead")));
		send(post(reviews), leadReadOnly, review("CONTINUE")).andExpect(status().isForbidden());
		send(post(reviews), lead, Map.of())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("reviewedOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("participants")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("outcome")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("decisions")));
		Map<String, Object> future = review("CONTINUE");
		future.put("reviewedOn", LocalDate.now(clock).plusDays(3).toString());
		future.put("returnToPhase", "EFFECTUATING");
		send(post(reviews), lead, future)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("reviewedOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("returnToPhase")));
		Map<String, Object> notEarlier = review("RETURN_TO_EARLIER_PHASE");
		notEarlier.put("returnToPhase", "SUSTAINING");
		notEarlier.put("initiativeVersion", 0);
		send(post(reviews), lead, notEarlier)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("returnToPhase")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("returnReason")));
		assertThat(reviewCount()).isZero();
		assertThat(initiatives.get(initiativeId).alignmentPhase()).isEqualTo(AlignmentPhase.SUSTAINING);
		mvc.perform(get("/api/v1/initiatives/999999999/reviews").with(bearer(lead))).andExpect(status().isNotFound());
	}

	@Test
	void theCadenceIsSetWithTheVersionRead() throws Exception {
		String cadence = "/api/v1/initiatives/" + initiativeId + "/review-cadence";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cadenceDays", 30);
		body.put("version", null);
		send(put(cadence), scientist, body).andExpect(status().isForbidden());
		send(put(cadence), otherLead, body).andExpect(status().isForbidden());
		send(put(cadence), leadReadOnly, body).andExpect(status().isForbidden());
		body.put("cadenceDays", 0);
		send(put(cadence), lead, body)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cadenceDays"));
		assertThat(cadenceRows()).isZero();

		body.put("cadenceDays", 30);
		send(put(cadence), lead, body)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cadenceDays").value(30))
			.andExpect(jsonPath("$.defaultCadence").value(false))
			.andExpect(jsonPath("$.cadenceVersion").value(0));
		body.put("cadenceDays", 60);
		send(put(cadence), lead, body)
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.current.cadenceDays").value(30))
			.andExpect(jsonPath("$.current.cadenceVersion").value(0));
		body.put("version", 0);
		send(put(cadence), lead, body)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cadenceDays").value(60))
			.andExpect(jsonPath("$.cadenceVersion").value(1));
	}

	@Test
	void overdueReviewsAreTheLeadsOwnUnlessAllAreAsked() throws Exception {
		long everyone = jdbc.queryForObject("select count(*) from initiative", Long.class);
		mvc.perform(get("/api/v1/reviews/overdue").with(bearer(leadReadOnly)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].leadUsername", everyItem(is("lead"))));
		mvc.perform(get("/api/v1/reviews/overdue").param("all", "true").param("size", "100").with(bearer(leadReadOnly)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem("Churn insight reports")))
			.andExpect(jsonPath("$.items[*].overdue", everyItem(is(true))));
		mvc.perform(get("/api/v1/reviews/overdue").param("size", "1").with(bearer(scientist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.totalItems").value(org.hamcrest.Matchers.lessThanOrEqualTo((int) everyone)));
		mvc.perform(get("/api/v1/reviews/overdue").param("size", "0").param("page", "-1").with(bearer(scientist)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("size")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("page")));
	}

	@Test
	void theOperationsAreDescribedInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.user("scientist").roles("DATA_SCIENTIST")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tags[*].name", hasItem("Context changes")))
			.andExpect(jsonPath("$.tags[*].name", hasItem("Reviews")))
			.andExpect(jsonPath("$.tags[*].name", hasItem("Checklists")))
			.andExpect(jsonPath("$.paths['/api/v1/events'].post.summary").value("Record a context change"))
			.andExpect(jsonPath("$.paths['/api/v1/initiatives/{id}/review-cadence'].put.summary").value("Set the review cadence"))
			.andExpect(jsonPath("$.paths['/api/v1/initiatives/{id}/checklist/items/{itemId}/answer'].put.summary")
				.value("Answer a checklist item"));
	}

	private Map<String, Object> review(String outcome) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("reviewedOn", LocalDate.now(clock).toString());
		body.put("participants", "MLbC Product Owner, ML Trainer");
		body.put("outcome", outcome);
		body.put("decisions", "Keep the cadence.");
		body.put("submissionId", UUID.randomUUID().toString());
		return body;
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String token, Map<String, Object> body)
			throws Exception {
		return mvc.perform(request.with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private long reviewCount() {
		return jdbc.queryForObject("select count(*) from alignment_review where initiative_id = ?", Long.class, initiativeId);
	}

	private long cadenceRows() {
		return jdbc.queryForObject("select count(*) from review_cadence where initiative_id = ?", Long.class, initiativeId);
	}
}
