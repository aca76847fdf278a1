package io.cyclewise.signal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.initiative.Aspect;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.support.Registry;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeHistoryEntry;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.cyclewise.support.Users.ADMIN;
import static io.cyclewise.support.Users.AS_LEAD;
import static io.cyclewise.support.Users.EXECUTIVE;
import static io.cyclewise.support.Users.LEAD;
import static io.cyclewise.support.Users.OTHER_LEAD;
import static io.cyclewise.support.Users.SCIENTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Full stack on real PostgreSQL with the demo portfolio: observations, checks, events and their scope, reviews. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SignalFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	InitiativeService initiatives;

	@Autowired
	BusinessUnits businessUnits;

	@Autowired
	Registry registry;

	@Autowired
	Clock clock;

	@Autowired
	SignalFacts facts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents applicationEvents;

	@Test
	void theDemoPortfolioCarriesSignalsForTheRiskRules() {
		long forecast = id("Demand forecast");
		assertThat(facts.latestObservations(forecast))
			.contains(new ObservationFact("MAPE", "Warehouse South", ObservationSource.OPERATIONAL,
					new java.math.BigDecimal("0.22"), LocalDate.now(clock).minusDays(7), false))
			.hasSize(6);
		assertThat(facts.latestDataCheck(forecast)).hasValueSatisfying(check -> {
			assertThat(check.result()).isEqualTo(DataCheckResult.DRIFTED);
			assertThat(check.driftScore()).isEqualByComparingTo("0.31");
		});
		assertThat(facts.unacknowledgedEvents(forecast)).extracting(OpenEventFact::title)
			.contains("Port strike disrupts inbound supply");
		assertThat(facts.unacknowledgedEvents(id("Dynamic delivery slots"))).extracting(OpenEventFact::title)
			.doesNotContain("Port strike disrupts inbound supply");

		long chatbot = id("Customer service chatbot");
		assertThat(initiatives.get(chatbot).alignmentPhase()).isEqualTo(AlignmentPhase.EFFECTUATING);
		assertThat(initiatives.history(chatbot)).filteredOn(change -> change.aspect() == Aspect.ALIGNMENT_PHASE)
			.first().satisfies(change -> {
				assertThat(change.fromValue()).isEqualTo("SUSTAINING");
				assertThat(change.reason()).startsWith("Review of ").contains("back to the reality check");
			});
		assertThat(facts.review(id("Churn insight reports"))).hasValueSatisfying(review -> {
			assertThat(review.cadenceDays()).isEqualTo(90);
			assertThat(review.lastReviewedOn()).isEqualTo(LocalDate.now(clock).minusDays(150));
			assertThat(review.overdueOn(LocalDate.now(clock))).isTrue();
		});
		assertThat(facts.review(id("Fraud alert triage")).orElseThrow().overdueOn(LocalDate.now(clock))).isFalse();
	}

	@Test
	void anEventIsLinkedToExactlyTheInitiativesInItsScopeAndLaterOnesWhileOpen() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		BusinessUnitSummary north = businessUnits.add("Scope North " + suffix, null);
		BusinessUnitSummary south = businessUnits.add("Scope South " + suffix, null);
		String zone = "Zone " + suffix;
		long a = register("Scope A " + suffix, north, zone + ", Other");
		long retired = register("Scope retired " + suffix, north, "");
		retire(retired);
		long c = register("Scope C " + suffix, south, zone.toUpperCase());
		long d = register("Scope D " + suffix, south, "Elsewhere");

		applicationEvents.clear();
		long byUnit = recordEvent(LEAD, "BUSINESS_UNITS", Map.of("businessUnitIds", List.of(String.valueOf(north.id()))), "Unit shock " + suffix);
		assertThat(affected(byUnit)).containsExactly(a);
		assertThat(applicationEvents.stream(SignalsChanged.class)).singleElement()
			.satisfies(changed -> assertThat(changed.initiativeIds()).containsExactly(a));

		long byContext = recordEvent(ADMIN, "USER_CONTEXTS", Map.of("userContexts", List.of(" zone " + suffix + " , nowhere")), "Context shock " + suffix);
		assertThat(affected(byContext)).containsExactlyInAnyOrder(a, c);
		assertThat(affected(byContext)).doesNotContain(d, retired);

		// The rule for initiatives created after the event: linked while the event is open.
		long later = register("Scope later " + suffix, north, "");
		assertThat(affected(byUnit)).containsExactlyInAnyOrder(a, later);
		assertThat(jdbc.queryForObject("select linked_when from context_event_impact where event_id = ? and initiative_id = ?",
				String.class, byUnit, later)).isEqualTo("ENTERED_SCOPE");
		// ... or moved into its scope.
		registry.change(d, move -> move.businessUnit(north.id()), AS_LEAD);
		assertThat(affected(byUnit)).containsExactlyInAnyOrder(a, later, d);

		mvc.perform(post("/events/" + byContext + "/close").with(ADMIN).with(csrf()).param("version", "0").param("note", "over"))
			.andExpect(status().is3xxRedirection());
		long afterClose = register("Scope after close " + suffix, south, zone);
		assertThat(affected(byContext)).containsExactlyInAnyOrder(a, c);
		assertThat(facts.unacknowledgedEvents(afterClose)).extracting(OpenEventFact::eventId).doesNotContain(byContext);

		assertSqlAgreesWithTheJavaRule();
	}

	/**
	 * The SQL agrees with {@link EventScope#covers} for every recent test event and every initiative: an initiative
	 * that existed when the event was recorded is linked exactly if covered; one registered later is linked only if
	 * covered (and only while the event was open). Links are never removed, so a link may outlive a move out of scope.
	 */
	private void assertSqlAgreesWithTheJavaRule() {
		record Candidate(long id, long unit, boolean retired, List<String> contexts, java.time.Instant created) {
		}
		List<Candidate> candidates = jdbc.query("""
				select i.id, i.business_unit_id, i.technology_state = 'RETIRED' as retired,
				  array_remove(array_agg(u.user_context), null) as contexts, min(i.created_at) as created_at
				from initiative i left join initiative_user_context u on u.initiative_id = i.id group by i.id""",
				(rs, row) -> new Candidate(rs.getLong("id"), rs.getLong("business_unit_id"), rs.getBoolean("retired"),
						Arrays.asList((String[]) rs.getArray("contexts").getArray()),
						rs.getTimestamp("created_at").toInstant()));
		List<Long> eventIds = jdbc.queryForList(
				"select id from context_event where title like 'Unit shock %' or title like 'Context shock %'", Long.class);
		assertThat(eventIds).hasSizeGreaterThanOrEqualTo(2);
		for (long eventId : eventIds) {
			String kind = jdbc.queryForObject("select scope from context_event where id = ?", String.class, eventId);
			java.time.Instant recorded = jdbc.queryForObject("select recorded_at from context_event where id = ?",
					java.sql.Timestamp.class, eventId).toInstant();
			EventScope scope = new EventScope(ScopeKind.valueOf(kind),
					new HashSet<>(jdbc.queryForList("select business_unit_id from context_event_business_unit where event_id = ?", Long.class, eventId)),
					jdbc.queryForList("select user_context from context_event_user_context where event_id = ? order by position", String.class, eventId));
			Set<Long> linked = new HashSet<>(affected(eventId));
			for (Candidate candidate : candidates) {
				boolean covered = !candidate.retired() && scope.covers(candidate.unit(), candidate.contexts());
				boolean isLinked = linked.contains(candidate.id());
				if (!candidate.created().isAfter(recorded)) {
					assertThat(isLinked).as("event %s, initiative %s", eventId, candidate.id()).isEqualTo(covered);
				}
				else if (isLinked) {
					assertThat(covered).as("event %s, later initiative %s", eventId, candidate.id()).isTrue();
				}
			}
		}
	}

	@Test
	void aLeadAcknowledgesAnEventOnceOthersMayNot() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		BusinessUnitSummary unit = businessUnits.add("Ack unit " + suffix, null);
		long mine = register("Ack mine " + suffix, unit, "");
		long outside = id("Demand forecast");
		long event = recordEvent(ADMIN, "BUSINESS_UNITS", Map.of("businessUnitIds", List.of(String.valueOf(unit.id()))), "Ack shock " + suffix);

		mvc.perform(get("/initiatives/" + mine + "/signals").with(EXECUTIVE))
			.andExpect(status().isOk())
			.andExpect(content("Ack shock " + suffix));
		mvc.perform(post("/initiatives/" + mine + "/events/" + event + "/acknowledge").with(OTHER_LEAD).with(csrf())
			.param("response", "Not mine").param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/initiatives/" + mine + "/events/" + event + "/acknowledge").with(LEAD).with(csrf())
			.param("outcome", "NO_IMPACT").param("response", " ").param("version", "0"))
			.andExpect(status().isOk()).andExpect(content("Say how the initiative responds"));
		mvc.perform(post("/initiatives/" + mine + "/events/" + event + "/acknowledge").with(LEAD).with(csrf())
			.param("response", "Retrained on the new data.").param("version", "0"))
			.andExpect(status().isOk()).andExpect(content("Choose what the change meant"))
			.andExpect(content("Retrained on the new data."));
		mvc.perform(post("/initiatives/" + mine + "/events/" + event + "/acknowledge").with(LEAD).with(csrf())
			.param("outcome", "NO_IMPACT").param("response", "Unaffected").param("version", "0"))
			.andExpect(status().isOk()).andExpect(content("Say why the change has no impact"));
		mvc.perform(post("/initiatives/" + mine + "/events/" + event + "/acknowledge").with(LEAD).with(csrf())
			.param("outcome", "ABANDONED").param("response", "Retrained on the new data.").param("version", "0"))
			.andExpect(status().isOk()).andExpect(content("Choose one of the offered values."));
		assertThat(facts.unacknowledgedEvents(mine)).hasSize(1);
		mvc.perform(post("/initiatives/" + outside + "/events/" + event + "/acknowledge").with(ADMIN)
			.with(csrf()).accept(org.springframework.http.MediaType.TEXT_HTML).param("response", "Forged").param("version", "0"))
			.andExpect(status().isNotFound())
			.andExpect(result -> assertThat(result.getResponse().getErrorMessage()).contains("does not affect “Demand forecast”"));

		mvc.perform(post("/initiatives/" + mine + "/events/" + event + "/acknowledge").with(LEAD).with(csrf())
			.param("outcome", "NO_IMPACT").param("response", "No impact, because it only reads archived data.")
			.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(facts.unacknowledgedEvents(mine)).isEmpty();
		mvc.perform(post("/initiatives/" + mine + "/events/" + event + "/acknowledge").with(LEAD).with(csrf())
			.param("outcome", "NO_IMPACT").param("response", "My second click, no impact either.").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content("already acknowledged for this initiative by lead"))
			.andExpect(content("My second click, no impact either."));
		assertThat(jdbc.queryForObject("select response from context_event_impact where event_id = ? and initiative_id = ?",
				String.class, event, mine)).isEqualTo("No impact, because it only reads archived data.");
		assertThat(jdbc.queryForObject("select outcome from context_event_impact where event_id = ? and initiative_id = ?",
				String.class, event, mine)).isEqualTo("NO_IMPACT");
		mvc.perform(get("/initiatives/" + mine + "/events/" + event).with(EXECUTIVE))
			.andExpect(status().isOk()).andExpect(content("Acknowledged as")).andExpect(content("No impact"));
		mvc.perform(get("/initiatives/" + mine + "/flags").with(EXECUTIVE))
			.andExpect(status().isOk()).andExpect(content("judged “no impact” (for review)"))
			.andExpect(content("No impact, because it only reads archived data."));
		mvc.perform(get("/initiatives?only=unacknowledged-context-change").with(EXECUTIVE))
			.andExpect(status().isOk()).andExpect(content("Demand forecast"));
	}

	@Test
	void eventFormsRefuseBadInputAndForeignScopes() throws Exception {
		long before = count("context_event");
		mvc.perform(eventPost(LEAD, "BUSINESS_UNITS", "Bad unit").param("businessUnitIds", "999999"))
			.andExpect(status().isOk()).andExpect(content("one of them does not exist")).andExpect(content("Bad unit"));
		mvc.perform(eventPost(LEAD, "BUSINESS_UNITS", "Forged", "kind", "PANDEMIC").param("businessUnitIds", "abc"))
			.andExpect(status().isOk()).andExpect(content("Choose one of the offered values."));
		mvc.perform(eventPost(LEAD, "ORGANIZATION", "Lead org-wide"))
			.andExpect(status().isOk()).andExpect(content("Only executives and administrators record organization-wide changes"));
		mvc.perform(eventPost(LEAD, "USER_CONTEXTS", "Foreign context").param("userContexts", "Card payments"))
			.andExpect(status().isOk()).andExpect(content("user contexts that an initiative you lead serves"));
		mvc.perform(eventPost(EXECUTIVE, "BUSINESS_UNITS", "Exec unit").param("businessUnitIds", String.valueOf(businessUnits.all().get(0).id())))
			.andExpect(status().isOk()).andExpect(content("Executives record organization-wide changes"));
		mvc.perform(eventPost(EXECUTIVE, "ORGANIZATION", "Too far", "occurredOn", LocalDate.now(clock).plusYears(2).toString(),
				"description", "x".repeat(10_000)))
			.andExpect(status().isOk()).andExpect(content("at most one year ahead")).andExpect(content("at most 4,000 characters"));
		mvc.perform(eventPost(EXECUTIVE, "ORGANIZATION", "No token", "submissionId", null)).andExpect(status().isOk()).andExpect(content("The form is incomplete"));
		mvc.perform(get("/events/new").with(SCIENTIST)).andExpect(status().isForbidden());
		mvc.perform(post("/events").with(EXECUTIVE).param("title", "No csrf")).andExpect(status().isForbidden());
		assertThat(count("context_event")).isEqualTo(before);
	}

	@Test
	void inputForAnotherScopeIsKeptAndRefusedNeverDroppedSilently() throws Exception {
		long before = count("context_event");
		String unit = String.valueOf(businessUnits.all().get(0).id());
		mvc.perform(eventPost(ADMIN, "BUSINESS_UNITS", "Mixed scope").param("businessUnitIds", unit)
				.param("userContexts", "Plant Lyon, Web chat"))
			.andExpect(status().isOk())
			.andExpect(content("User contexts are ignored for a business-unit scope. Clear them"))
			.andExpect(content("Plant Lyon, Web chat</textarea>"))
			.andExpect(content("There is 1 problem with what you entered"))
			.andExpect(content("href=\"#userContexts\""));
		mvc.perform(eventPost(EXECUTIVE, "ORGANIZATION", "Org with units", "title", "").param("businessUnitIds", unit))
			.andExpect(status().isOk())
			.andExpect(content("Business units are ignored for an organization-wide scope"))
			.andExpect(content("There are 2 problems with what you entered"))
			.andExpect(content("href=\"#businessUnitIds\""))
			.andExpect(content("href=\"#title\""));
		assertThat(count("context_event")).isEqualTo(before);
	}

	@Test
	void formPagesMarkRequiredFields() throws Exception {
		mvc.perform(get("/events/new").with(EXECUTIVE))
			.andExpect(status().isOk())
			.andExpect(content("<span class=\"visually-hidden\"> (required)</span>"))
			.andExpect(content("aria-required=\"true\""))
			.andExpect(content("data-scope-group=\"USER_CONTEXTS\""))
			.andExpect(content("data-scope-hint"));
	}

	@Test
	void observationsAreValidatedAndADuplicateSubmitStoresNothing() throws Exception {
		long id = id("Credit limit advisor");
		long before = count("performance_observation");
		for (String value : List.of("NaN", "Infinity", "-Infinity", "12abc", "")) {
			mvc.perform(observation(id, SCIENTIST, UUID.randomUUID(), "value", value))
				.andExpect(status().isOk()).andExpect(content("Enter"));
		}
		mvc.perform(observation(id, SCIENTIST, UUID.randomUUID(), "observedOn", LocalDate.now(clock).plusDays(3).toString()))
			.andExpect(status().isOk()).andExpect(content("The date cannot be in the future."));
		mvc.perform(observation(id, SCIENTIST, UUID.randomUUID(), "userContext", "Region Atlantis"))
			.andExpect(status().isOk()).andExpect(content("Choose one of the initiative&#39;s user contexts"));
		mvc.perform(observation(id, SCIENTIST, UUID.randomUUID(), "source", "GUESSED"))
			.andExpect(status().isOk()).andExpect(content("Choose one of the offered values."));
		mvc.perform(observation(id, LEAD, UUID.randomUUID())).andExpect(status().isForbidden());
		assertThat(count("performance_observation")).isEqualTo(before);

		UUID submission = UUID.randomUUID();
		mvc.perform(observation(id, SCIENTIST, submission)).andExpect(status().is3xxRedirection());
		mvc.perform(observation(id, SCIENTIST, submission, "value", "0.5"))
			.andExpect(status().isOk()).andExpect(content("already submitted")).andExpect(content("value=\"0.5\""));
		assertThat(count("performance_observation")).isEqualTo(before + 1);

		mvc.perform(observation(id, SCIENTIST, UUID.randomUUID(), "metric", "acceptance RATE", "higherIsBetter", "false"))
			.andExpect(status().isOk()).andExpect(content("one metric has one direction"));
		mvc.perform(observation(id, SCIENTIST, UUID.randomUUID(), "metric", "acceptance RATE", "source", "TRAINING"))
			.andExpect(status().is3xxRedirection());
		assertThat(facts.latestObservations(id)).extracting(ObservationFact::metric).containsOnly("Acceptance rate");
		mvc.perform(get("/initiatives/" + id + "/signals").with(EXECUTIVE))
			.andExpect(status().isOk()).andExpect(content("Acceptance rate (higher is better)"))
			.andExpect(content("<polyline")).andExpect(content("as a table"));
	}

	@Test
	void dataChecksAreValidatedAndTheLastOneShows() throws Exception {
		long id = id("Email routing");
		long before = count("data_check");
		mvc.perform(dataCheck(id, UUID.randomUUID(), "result", "NOT_CHECKED", "driftScore", "0.2"))
			.andExpect(status().isOk()).andExpect(content("Leave the drift score empty"));
		mvc.perform(dataCheck(id, UUID.randomUUID(), "driftScore", "-1"))
			.andExpect(status().isOk()).andExpect(content("A drift score is zero or more."));
		mvc.perform(dataCheck(id, UUID.randomUUID(), "checkedOn", "2999-01-01"))
			.andExpect(status().isOk()).andExpect(content("The date cannot be in the future."));
		assertThat(count("data_check")).isEqualTo(before);
		mvc.perform(dataCheck(id, UUID.randomUUID(), "checkedOn", LocalDate.now(clock).minusDays(2).toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(facts.latestDataCheck(id)).hasValueSatisfying(check -> {
			assertThat(check.checkedOn()).isEqualTo(LocalDate.now(clock).minusDays(2));
			assertThat(check.result()).isEqualTo(DataCheckResult.DRIFTED);
		});
		mvc.perform(get("/initiatives/" + id + "/signals").with(LEAD))
			.andExpect(status().isOk()).andExpect(content("Last checked: <strong>" + LocalDate.now(clock).minusDays(2)));
	}

	@Test
	void aReviewReturnsTheInitiativeToAnEarlierPhaseWithHistory() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long id = register("Review subject " + suffix, businessUnits.all().get(0), "");
		registry.change(id, form -> form.alignmentPhase(AlignmentPhase.SUSTAINING), AS_LEAD);
		long version = initiatives.get(id).version();

		mvc.perform(review(id, OTHER_LEAD, version)).andExpect(status().isForbidden());
		mvc.perform(review(id, LEAD, version, "returnToPhase", "SUSTAINING"))
			.andExpect(status().isOk()).andExpect(content("choose an earlier phase"));
		mvc.perform(review(id, LEAD, version, "returnReason", ""))
			.andExpect(status().isOk()).andExpect(content("Say why it returns"));
		mvc.perform(review(id, LEAD, version - 1))
			.andExpect(status().isOk()).andExpect(content("changed by lead meanwhile")).andExpect(content("Drift everywhere"));
		mvc.perform(review(id, LEAD, version, "outcome", "CONTINUE"))
			.andExpect(status().isOk()).andExpect(content("or leave the phase empty"));
		assertThat(initiatives.get(id).alignmentPhase()).isEqualTo(AlignmentPhase.SUSTAINING);
		assertThat(count("alignment_review where initiative_id = " + id)).isZero();

		mvc.perform(review(id, LEAD, version)).andExpect(status().is3xxRedirection());
		assertThat(initiatives.get(id).alignmentPhase()).isEqualTo(AlignmentPhase.REINITIATING);
		List<InitiativeHistoryEntry> phaseChanges = new ArrayList<>(initiatives.history(id).stream()
			.filter(change -> change.aspect() == Aspect.ALIGNMENT_PHASE).toList());
		assertThat(phaseChanges.get(0).fromValue()).isEqualTo("SUSTAINING");
		assertThat(phaseChanges.get(0).toValue()).isEqualTo("REINITIATING");
		assertThat(phaseChanges.get(0).reason()).isEqualTo("Review of " + LocalDate.now(clock) + ": Drift everywhere");
		assertThat(facts.review(id).orElseThrow().lastReviewedOn()).isEqualTo(LocalDate.now(clock));

		mvc.perform(get("/initiatives/" + id + "/timeline").with(EXECUTIVE).param("kind", "REVIEW").param("kind", "HACK"))
			.andExpect(status().isOk()).andExpect(content("Review: Return to an earlier alignment phase"))
			.andExpect(content("Ignored the kind “HACK”")).andExpect(result ->
					assertThat(result.getResponse().getContentAsString()).doesNotContain("data-kind=\"HISTORY\""));
		mvc.perform(get("/initiatives/" + id + "/timeline").with(EXECUTIVE))
			.andExpect(status().isOk()).andExpect(content("data-kind=\"HISTORY\"")).andExpect(content("data-kind=\"REVIEW\""));
	}

	@Test
	void theCadenceIsOptimisticallyLockedAndOverdueReviewsAreListed() throws Exception {
		long id = id("Warehouse slotting insights");
		mvc.perform(post("/initiatives/" + id + "/review-cadence").with(LEAD).with(csrf()).param("cadenceDays", "0"))
			.andExpect(status().isOk()).andExpect(content("The cadence is at least 1 day."));
		mvc.perform(post("/initiatives/" + id + "/review-cadence").with(LEAD).with(csrf()).param("cadenceDays", "45"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/initiatives/" + id + "/review-cadence").with(LEAD).with(csrf()).param("cadenceDays", "60"))
			.andExpect(status().isOk()).andExpect(content("changed by lead meanwhile")).andExpect(content("value=\"60\""));
		assertThat(facts.review(id).orElseThrow().cadenceDays()).isEqualTo(45);

		mvc.perform(get("/reviews/overdue").with(LEAD))
			.andExpect(status().isOk()).andExpect(content("Churn insight reports")).andExpect(content("Complaint topic explorer"));
		mvc.perform(get("/initiatives?only=review-overdue").with(EXECUTIVE))
			.andExpect(status().isOk()).andExpect(content("Churn insight reports")).andExpect(result ->
					assertThat(result.getResponse().getContentAsString()).doesNotContain("Fraud alert triage"));
	}

	@Test
	void thePortfolioTimelineShowsEventsAndReportsForgedFilters() throws Exception {
		mvc.perform(get("/timeline").with(EXECUTIVE))
			.andExpect(status().isOk()).andExpect(content("Port strike disrupts inbound supply"))
			.andExpect(content("New transparency obligations for AI systems"));
		mvc.perform(get("/timeline").with(EXECUTIVE).param("type", "ORGANIZATIONAL_CONTEXT"))
			.andExpect(status().isOk()).andExpect(content("Plant Porto switches camera supplier")).andExpect(result ->
					assertThat(result.getResponse().getContentAsString()).doesNotContain("Port strike"));
		mvc.perform(get("/timeline").with(EXECUTIVE).param("type", "NOPE").param("status", "x").param("unit", "abc"))
			.andExpect(status().isOk()).andExpect(content("Ignored the filter “type”"))
			.andExpect(content("Ignored the filter “status”")).andExpect(content("Ignored the filter “business unit”"));
		mvc.perform(get("/initiatives/987654/signals").with(EXECUTIVE)).andExpect(status().isNotFound());
		mvc.perform(get("/events/987654").with(EXECUTIVE)).andExpect(status().isNotFound());
	}

	/** A POST with the given fields; each override (name, value) replaces a field, a null value removes it. */
	private static MockHttpServletRequestBuilder form(String url, RequestPostProcessor who, String[] fields, String... overrides) {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		for (int i = 0; i < overrides.length; i += 2) {
			values.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(url).with(who).with(csrf());
		values.forEach((name, value) -> {
			if (value != null) {
				request.param(name, value);
			}
		});
		return request;
	}

	private MockHttpServletRequestBuilder eventPost(RequestPostProcessor who, String scope, String title, String... overrides) {
		return form("/events", who, new String[] { "kind", "SUDDEN_SHOCK", "title", title, "description", "Something changed.",
				"occurredOn", LocalDate.now(clock).toString(), "scope", scope, "submissionId", UUID.randomUUID().toString() },
				overrides);
	}

	private long recordEvent(RequestPostProcessor who, String scope, Map<String, List<String>> extra, String title) throws Exception {
		MockHttpServletRequestBuilder request = eventPost(who, scope, title);
		extra.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		MvcResult result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockHttpServletRequestBuilder observation(long id, RequestPostProcessor who, UUID submission, String... overrides) {
		return form("/initiatives/" + id + "/observations", who, new String[] { "metric", "Acceptance rate", "value", "0.61",
				"higherIsBetter", "true", "userContext", "Region North", "source", "OPERATIONAL",
				"observedOn", LocalDate.now(clock).toString(), "submissionId", submission.toString() }, overrides);
	}

	private MockHttpServletRequestBuilder dataCheck(long id, UUID submission, String... overrides) {
		return form("/initiatives/" + id + "/data-checks", SCIENTIST, new String[] { "checkedOn", LocalDate.now(clock).toString(),
				"checkedBy", "Sam", "method", "PSI", "result", "DRIFTED", "driftScore", "0.4",
				"submissionId", submission.toString() }, overrides);
	}

	private MockHttpServletRequestBuilder review(long id, RequestPostProcessor who, long version, String... overrides) {
		return form("/initiatives/" + id + "/reviews", who, new String[] { "reviewedOn", LocalDate.now(clock).toString(),
				"participants", "Product owner, ML trainer", "outcome", "RETURN_TO_EARLIER_PHASE",
				"decisions", "Rebuild the data pipeline.", "returnToPhase", "REINITIATING", "returnReason", "Drift everywhere",
				"initiativeVersion", String.valueOf(version), "submissionId", UUID.randomUUID().toString() }, overrides);
	}

	private static org.springframework.test.web.servlet.ResultMatcher content(String text) {
		return result -> assertThat(result.getResponse().getContentAsString()).contains(text);
	}

	private long id(String name) {
		return initiatives.findByName(name).orElseThrow().id();
	}

	private List<Long> affected(long eventId) {
		BackgroundWork.awaitDone(jdbc);
		return jdbc.queryForList("select initiative_id from context_event_impact where event_id = ?", Long.class, eventId);
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private long register(String name, BusinessUnitSummary unit, String contexts) {
		return registry.initiative(name).businessUnit(unit.id()).userContexts(contexts).by(AS_LEAD).id();
	}

	private void retire(long id) {
		registry.change(id, form -> form.state(TechnologyCycleState.RETIRED), AS_LEAD);
	}
}
