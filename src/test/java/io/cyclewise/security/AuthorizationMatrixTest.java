package io.cyclewise.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.MappedEndpoints;
import io.cyclewise.support.MappedEndpoints.Endpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static io.cyclewise.security.AuthorizationMatrixTest.Who.ADMIN;
import static io.cyclewise.security.AuthorizationMatrixTest.Who.ANONYMOUS;
import static io.cyclewise.security.AuthorizationMatrixTest.Who.DATA_SCIENTIST;
import static io.cyclewise.security.AuthorizationMatrixTest.Who.EXECUTIVE;
import static io.cyclewise.security.AuthorizationMatrixTest.Who.PROJECT_LEAD;
import static io.cyclewise.security.AuthorizationMatrixTest.Who.RISK_OFFICER;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may use which endpoint: every mapped endpoint (read from Spring's handler mapping) × anonymous and each role,
 * compared with {@link #EXPECTED}. A new endpoint without an entry there fails the test, naming it.
 * <p>
 * <b>Requests.</b> Path variables are existing records the person may access where a rule depends on the record: a
 * project lead gets an initiative they lead, and everyone an event they recorded when there is one. Form posts carry
 * a CSRF token and no fields (so nothing is stored; the test checks row counts), except where noted in
 * {@link #PROBES}.
 * <p>
 * <b>Allowed</b> means the handler took the request: 2xx, a redirect other than to the sign-in page, or a 4xx other
 * than 401/403 (400, 404, 409, 422: the input was judged, after the permission check). <b>Denied</b> means 401, 403,
 * or a redirect to the sign-in page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

	enum Who {
		ANONYMOUS, PROJECT_LEAD, DATA_SCIENTIST, EXECUTIVE, RISK_OFFICER, ADMIN
	}

	static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
	static final Set<Who> SIGNED_IN = EnumSet.of(PROJECT_LEAD, DATA_SCIENTIST, EXECUTIVE, RISK_OFFICER, ADMIN);
	/** GatePermissions.canDecide and SignalPermissions.canReviewNoImpact: the second line and administrators. */
	static final Set<Who> RISK_OFFICERS = EnumSet.of(RISK_OFFICER, ADMIN);
	static final Set<Who> ADMINISTRATORS = EnumSet.of(ADMIN);
	/** The initiative's own lead (the test uses one they lead) and administrators: InitiativePermissions.canEdit. */
	static final Set<Who> INITIATIVE_EDITORS = EnumSet.of(PROJECT_LEAD, ADMIN);
	/** FindingPermissions.canRecord: the initiative's lead (the test uses one they lead), data scientists, administrators. */
	static final Set<Who> FINDING_RECORDERS = EnumSet.of(PROJECT_LEAD, DATA_SCIENTIST, ADMIN);

	/**
	 * "METHOD /path/{pattern}" (plus " [Header]" for mappings that require a header) → who may use it. Add a line
	 * for every new endpoint.
	 */
	static final Map<String, Set<Who>> EXPECTED = Map.ofEntries(
			entry("GET /", SIGNED_IN),
			entry("GET /login", EVERYONE),
			entry("GET /error", EVERYONE),
			entry("POST /error", EVERYONE),
			entry("GET /dashboard", SIGNED_IN),
			// registry
			entry("GET /initiatives", SIGNED_IN),
			entry("POST /initiatives", EnumSet.of(PROJECT_LEAD, ADMIN)),
			entry("GET /initiatives/new", EnumSet.of(PROJECT_LEAD, ADMIN)),
			entry("GET /initiatives/export.csv", SIGNED_IN),
			entry("GET /initiatives/import", EnumSet.of(PROJECT_LEAD, ADMIN)),
			entry("POST /initiatives/import", EnumSet.of(PROJECT_LEAD, ADMIN)),
			entry("POST /initiatives/import/confirm", EnumSet.of(PROJECT_LEAD, ADMIN)),
			entry("GET /initiatives/import/template.csv", EnumSet.of(PROJECT_LEAD, ADMIN)),
			entry("GET /initiatives/{id}", SIGNED_IN),
			entry("POST /initiatives/{id}", INITIATIVE_EDITORS),
			entry("GET /initiatives/{id}/edit", INITIATIVE_EDITORS),
			entry("POST /initiatives/{id}/expectations", INITIATIVE_EDITORS),
			entry("POST /initiatives/{id}/expectations/{expectationId}/withdraw", INITIATIVE_EDITORS),
			// gates: the initiative's lead (or an admin) requests, risk officers and admins decide; everyone signed in reads.
			// Withdrawing loads the request first (none exists here: 404 for everyone signed in), then checks the requester.
			entry("GET /gates", SIGNED_IN),
			entry("GET /gates/{requestId}", SIGNED_IN),
			entry("POST /gates/{requestId}/decision", RISK_OFFICERS),
			entry("POST /gates/{requestId}/withdraw", SIGNED_IN),
			entry("POST /gates/acknowledgements/{impactId}/reviewed", RISK_OFFICERS),
			entry("GET /initiatives/{id}/gates", SIGNED_IN),
			entry("GET /initiatives/{id}/gates/new", INITIATIVE_EDITORS),
			entry("POST /initiatives/{id}/gates", INITIATIVE_EDITORS),
			entry("GET /api/v1/gate-requests", SIGNED_IN),
			entry("GET /api/v1/gate-requests/{requestId}", SIGNED_IN),
			entry("POST /api/v1/gate-requests/{requestId}/decision", RISK_OFFICERS),
			entry("POST /api/v1/gate-requests/{requestId}/withdraw", SIGNED_IN),
			entry("POST /api/v1/initiatives/{id}/gate-requests", INITIATIVE_EDITORS),
			// findings: the initiative's lead, data scientists and admins record and work on them; everyone signed in reads.
			// Verifying (closing) excludes the finding's owner, which the page answers with a message, not a 403.
			entry("GET /findings", SIGNED_IN),
			entry("GET /initiatives/{id}/findings", SIGNED_IN),
			entry("GET /initiatives/{id}/findings/new", FINDING_RECORDERS),
			entry("POST /initiatives/{id}/findings", FINDING_RECORDERS),
			entry("GET /initiatives/{id}/findings/{findingId}", SIGNED_IN),
			entry("GET /initiatives/{id}/findings/{findingId}/edit", FINDING_RECORDERS),
			entry("POST /initiatives/{id}/findings/{findingId}", FINDING_RECORDERS),
			entry("POST /initiatives/{id}/findings/{findingId}/steps", FINDING_RECORDERS),
			entry("POST /initiatives/{id}/findings/{findingId}/steps/{stepId}/done", FINDING_RECORDERS),
			entry("POST /initiatives/{id}/findings/{findingId}/remediate", FINDING_RECORDERS),
			entry("POST /initiatives/{id}/findings/{findingId}/close", FINDING_RECORDERS),
			// checklists
			entry("GET /checklists", SIGNED_IN),
			entry("GET /checklists/mechanism-shifts", SIGNED_IN),
			entry("GET /sources", SIGNED_IN),
			entry("GET /initiatives/{id}/checklists", SIGNED_IN),
			entry("GET /initiatives/{id}/checklists/summary", SIGNED_IN),
			entry("GET /initiatives/{id}/checklists/fit", SIGNED_IN),
			entry("GET /initiatives/{id}/checklists/answers/{answerId}/history", SIGNED_IN),
			entry("GET /initiatives/{id}/checklists/answers.csv", SIGNED_IN),
			entry("GET /checklists/answers.csv", SIGNED_IN),
			entry("POST /initiatives/{id}/checklists/items/{itemId}", EnumSet.of(PROJECT_LEAD, DATA_SCIENTIST, ADMIN)),
			entry("POST /initiatives/{id}/checklists/shift", INITIATIVE_EDITORS),
			entry("GET /admin/checklist-templates", ADMINISTRATORS),
			entry("GET /admin/checklist-templates/{kind}", ADMINISTRATORS),
			entry("POST /admin/checklist-templates/{kind}", ADMINISTRATORS),
			// EU AI Act: the initiative's lead and administrators classify; everyone signed in reads
			entry("GET /ai-act", SIGNED_IN),
			entry("GET /initiatives/{id}/ai-act", SIGNED_IN),
			entry("GET /initiatives/{id}/ai-act/summary", SIGNED_IN),
			entry("GET /initiatives/{id}/ai-act/derived-tier", SIGNED_IN),
			entry("GET /initiatives/{id}/ai-act/classify", INITIATIVE_EDITORS),
			entry("POST /initiatives/{id}/ai-act/classify", INITIATIVE_EDITORS),
			// maturity
			entry("GET /maturity", SIGNED_IN),
			entry("GET /maturity/{unitId}", SIGNED_IN),
			entry("POST /maturity/{unitId}", EnumSet.of(PROJECT_LEAD, DATA_SCIENTIST, ADMIN)),
			// organization and users
			entry("GET /admin/business-units", ADMINISTRATORS),
			entry("POST /admin/business-units", ADMINISTRATORS),
			entry("GET /admin/users", ADMINISTRATORS),
			// audit log: administrators read it; there is no endpoint that changes it
			entry("GET /admin/audit", ADMINISTRATORS),
			entry("GET /admin/audit.csv", ADMINISTRATORS),
			// reports: whoever may read the initiative (everyone signed in) gets its factsheet; everyone who sees the
			// dashboard requests board reports; a run is the requester's and administrators' (404 for others, which
			// the matrix counts as taken: the handler answered after the check)
			entry("GET /initiatives/{id}/factsheet", SIGNED_IN),
			entry("GET /initiatives/{id}/factsheet.pdf", SIGNED_IN),
			entry("GET /reports/board", SIGNED_IN),
			entry("POST /reports/board", SIGNED_IN),
			entry("GET /reports/board/{runId}", SIGNED_IN),
			entry("GET /reports/board/{runId}/progress", SIGNED_IN),
			entry("GET /reports/board/{runId}/report.pdf", SIGNED_IN),
			entry("GET /reports/board/{runId}/report.html", SIGNED_IN),
			entry("POST /admin/users", ADMINISTRATORS),
			entry("GET /admin/users/{id}", ADMINISTRATORS),
			entry("POST /admin/users/{id}", ADMINISTRATORS),
			// risk
			entry("GET /risk/rules", SIGNED_IN),
			entry("GET /admin/risk-thresholds", ADMINISTRATORS),
			entry("POST /admin/risk-thresholds", ADMINISTRATORS),
			entry("GET /risk/recomputation", SIGNED_IN),
			entry("GET /risk/recomputation [HX-Request]", SIGNED_IN),
			entry("GET /initiatives/{id}/flags", SIGNED_IN),
			entry("GET /initiatives/{id}/flags.csv", SIGNED_IN),
			entry("GET /risk/flags.csv", SIGNED_IN),
			entry("POST /initiatives/{id}/flags/{flagId}/accept", INITIATIVE_EDITORS),
			// signals
			entry("GET /events/new", EnumSet.of(PROJECT_LEAD, EXECUTIVE, ADMIN)),
			entry("POST /events", EnumSet.of(PROJECT_LEAD, EXECUTIVE, ADMIN)),
			entry("GET /events/{eventId}", SIGNED_IN),
			entry("POST /events/{eventId}/close", EnumSet.of(PROJECT_LEAD, EXECUTIVE, ADMIN)),
			entry("GET /initiatives/{id}/events/{eventId}", SIGNED_IN),
			entry("POST /initiatives/{id}/events/{eventId}/acknowledge", INITIATIVE_EDITORS),
			entry("GET /initiatives/{id}/reviews", SIGNED_IN),
			entry("GET /initiatives/{id}/reviews/new", INITIATIVE_EDITORS),
			entry("POST /initiatives/{id}/reviews", INITIATIVE_EDITORS),
			entry("POST /initiatives/{id}/review-cadence", INITIATIVE_EDITORS),
			entry("GET /reviews/overdue", SIGNED_IN),
			entry("GET /timeline", SIGNED_IN),
			entry("GET /initiatives/{id}/signals", SIGNED_IN),
			entry("GET /initiatives/{id}/timeline", SIGNED_IN),
			entry("GET /initiatives/{id}/observations/new", EnumSet.of(DATA_SCIENTIST, ADMIN)),
			entry("POST /initiatives/{id}/observations", EnumSet.of(DATA_SCIENTIST, ADMIN)),
			entry("GET /initiatives/{id}/data-checks/new", EnumSet.of(DATA_SCIENTIST, ADMIN)),
			entry("POST /initiatives/{id}/data-checks", EnumSet.of(DATA_SCIENTIST, ADMIN)),
			entry("GET /settings/tokens", SIGNED_IN),
			// notifications: everyone's own inbox and settings (someone else's notification is answered 404)
			entry("GET /notifications", SIGNED_IN),
			// the weekly executive digest: ExecutiveDigestController.canRead
			entry("GET /digests", EnumSet.of(EXECUTIVE, RISK_OFFICER, ADMIN)),
			entry("GET /digests/{digestId}", EnumSet.of(EXECUTIVE, RISK_OFFICER, ADMIN)),
			entry("GET /digests/preview", EnumSet.of(EXECUTIVE, RISK_OFFICER, ADMIN)),
			entry("GET /notifications/unread-count", SIGNED_IN),
			entry("POST /notifications/{notificationId}/read", SIGNED_IN),
			entry("POST /notifications/read-all", SIGNED_IN),
			entry("GET /settings/notifications", SIGNED_IN),
			entry("POST /settings/notifications", SIGNED_IN),
			entry("POST /settings/tokens", SIGNED_IN),
			entry("POST /settings/tokens/{id}/revoke", SIGNED_IN),
			// everyone chooses their own language
			entry("GET /settings/language", SIGNED_IN),
			entry("POST /settings/language", SIGNED_IN),
			entry("GET /swagger-ui.html", SIGNED_IN),
			entry("GET /v3/api-docs", SIGNED_IN),
			entry("GET /v3/api-docs.yaml", SIGNED_IN),
			entry("GET /v3/api-docs/swagger-config", SIGNED_IN),
			// The API: in production only tokens authenticate there (they act with their owner's roles; see
			// InitiativeApiTest); here the caller is set directly, like for the pages.
			entry("GET /api/v1/initiatives", SIGNED_IN),
			entry("GET /api/v1/initiatives/export.csv", SIGNED_IN),
			entry("POST /api/v1/initiatives", EnumSet.of(PROJECT_LEAD, ADMIN)),
			entry("GET /api/v1/initiatives/{id}", SIGNED_IN),
			entry("PUT /api/v1/initiatives/{id}", INITIATIVE_EDITORS),
			entry("GET /api/v1/initiatives/{id}/expectations", SIGNED_IN),
			entry("POST /api/v1/initiatives/{id}/expectations", INITIATIVE_EDITORS),
			entry("POST /api/v1/initiatives/{id}/expectations/{expectationId}/withdraw", INITIATIVE_EDITORS),
			// Data scientists record data checks, project leads their initiatives' events; executives neither.
			entry("POST /api/v1/alertmanager", EnumSet.of(PROJECT_LEAD, DATA_SCIENTIST, ADMIN)),
			entry("GET /api/v1/initiatives/{id}/flags", SIGNED_IN),
			entry("GET /api/v1/flags", SIGNED_IN),
			entry("GET /api/v1/dashboard", SIGNED_IN),
			entry("GET /api/v1/events", SIGNED_IN),
			entry("POST /api/v1/events", EnumSet.of(PROJECT_LEAD, EXECUTIVE, ADMIN)),
			entry("GET /api/v1/events/{eventId}", SIGNED_IN),
			entry("POST /api/v1/events/{eventId}/close", EnumSet.of(PROJECT_LEAD, EXECUTIVE, ADMIN)),
			entry("GET /api/v1/initiatives/{id}/events", SIGNED_IN),
			entry("POST /api/v1/initiatives/{id}/events/{eventId}/acknowledge", INITIATIVE_EDITORS),
			entry("GET /api/v1/initiatives/{id}/reviews", SIGNED_IN),
			entry("POST /api/v1/initiatives/{id}/reviews", INITIATIVE_EDITORS),
			entry("PUT /api/v1/initiatives/{id}/review-cadence", INITIATIVE_EDITORS),
			entry("GET /api/v1/reviews/overdue", SIGNED_IN),
			entry("GET /api/v1/initiatives/{id}/checklist", SIGNED_IN),
			entry("GET /api/v1/initiatives/{id}/ai-act", SIGNED_IN),
			entry("POST /api/v1/initiatives/{id}/ai-act", INITIATIVE_EDITORS),
			entry("GET /api/v1/ai-act", SIGNED_IN),
			entry("PUT /api/v1/initiatives/{id}/checklist/items/{itemId}/answer", EnumSet.of(PROJECT_LEAD, DATA_SCIENTIST, ADMIN)),
			entry("GET /api/v1/initiatives/{id}/observations", SIGNED_IN),
			entry("POST /api/v1/initiatives/{id}/observations", EnumSet.of(DATA_SCIENTIST, ADMIN)),
			entry("GET /api/v1/initiatives/{id}/data-checks", SIGNED_IN),
			entry("POST /api/v1/initiatives/{id}/data-checks", EnumSet.of(DATA_SCIENTIST, ADMIN)),
			entry("POST /api/v1/observations/bulk", EnumSet.of(DATA_SCIENTIST, ADMIN)),
			entry("POST /api/v1/data-checks/bulk", EnumSet.of(DATA_SCIENTIST, ADMIN)));

	/**
	 * Endpoints that would change something if taken with no fields: the path variable that makes them a no-op for
	 * whoever is allowed (a record that does not exist, answered 404 after the permission check).
	 */
	static final Map<String, Map<String, String>> PROBES = Map.of(
			"POST /initiatives/{id}/expectations/{expectationId}/withdraw", Map.of("expectationId", "0"),
			"POST /api/v1/initiatives/{id}/expectations/{expectationId}/withdraw", Map.of("expectationId", "0"),
			"POST /settings/tokens/{id}/revoke", Map.of("id", "0"),
			"POST /notifications/{notificationId}/read", Map.of("notificationId", "0"));

	static final Map<Who, String> USERNAMES = Map.of(PROJECT_LEAD, "lead", DATA_SCIENTIST, "scientist",
			EXECUTIVE, "executive", RISK_OFFICER, "risk", ADMIN, "admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void whoMayUseEachEndpointMatchesTheTable() throws Exception {
		long started = System.nanoTime();
		BackgroundWork.awaitDone(jdbc);
		Map<String, Long> before = MappedEndpoints.rowCounts(jdbc);
		Map<String, Endpoint> endpoints = new LinkedHashMap<>();
		MappedEndpoints.all(mapping).forEach(endpoint -> endpoints.putIfAbsent(endpoint.key(), endpoint));

		List<String> missing = endpoints.keySet().stream().filter(key -> !EXPECTED.containsKey(key)).toList();
		assertThat(missing).as("Endpoints without an entry in AuthorizationMatrixTest.EXPECTED: add one line per endpoint "
				+ "(\"METHOD /pattern\" → who may use it)").isEmpty();
		List<String> stale = EXPECTED.keySet().stream().filter(key -> !endpoints.containsKey(key)).sorted().toList();
		assertThat(stale).as("Entries in AuthorizationMatrixTest.EXPECTED for endpoints that are not mapped (any more)").isEmpty();

		Map<Who, Map<String, String>> ids = new LinkedHashMap<>();
		for (Who who : Who.values()) {
			ids.put(who, idsFor(who));
		}
		Map<String, String> observed = new TreeMap<>();
		List<String> mismatches = new ArrayList<>();
		int requests = 0;
		for (Endpoint endpoint : endpoints.values()) {
			StringBuilder row = new StringBuilder();
			for (Who who : Who.values()) {
				Map<String, String> values = new LinkedHashMap<>(ids.get(who));
				values.putAll(PROBES.getOrDefault(endpoint.key(), Map.of()));
				URI uri = endpoint.uri(variable -> variable.equals("eventId") && endpoint.pattern().matches("(/api/v1)?/initiatives/.*")
						? values.get("linkedEventId") : MappedEndpoints.idFor(endpoint, variable, values));
				MockHttpServletResponse response = send(endpoint, uri, who);
				requests++;
				boolean allowed = allowed(response);
				row.append(who.name(), 0, 4).append(allowed ? "+" : "-").append(response.getStatus()).append(' ');
				if (allowed != EXPECTED.get(endpoint.key()).contains(who)) {
					mismatches.add(endpoint.key() + " as " + who + ": " + (allowed ? "allowed" : "denied") + " (" + response.getStatus()
							+ (response.getRedirectedUrl() != null ? " → " + response.getRedirectedUrl() : "") + "), expected "
							+ (allowed ? "denied" : "allowed"));
				}
			}
			observed.put(endpoint.key(), row.toString());
		}
		BackgroundWork.awaitDone(jdbc);
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		System.out.printf("Authorization matrix: %d endpoints × %d (anonymous and %d roles) = %d requests, %d mismatches, %d s%n",
				endpoints.size(), Who.values().length, Who.values().length - 1, requests, mismatches.size(), seconds);
		observed.forEach((key, row) -> System.out.printf("  %-70s %s%n", key, row));
		assertThat(mismatches).as("who may use an endpoint differs from AuthorizationMatrixTest.EXPECTED").isEmpty();
		assertThat(MappedEndpoints.rowCounts(jdbc)).as("row counts after the matrix").isEqualTo(before);
	}

	private Map<String, String> idsFor(Who who) {
		Map<String, String> ids = MappedEndpoints.existingIds(jdbc, who == PROJECT_LEAD ? "lead" : null);
		String username = USERNAMES.getOrDefault(who, "");
		// /events/{eventId}: one this person recorded if there is one (closing is the recorder's), open ones first;
		// /initiatives/{id}/events/{eventId} (and under /api/v1): one linked to that initiative, not yet acknowledged if possible.
		ids.put("eventId", String.valueOf(jdbc.queryForObject("SELECT e.id FROM context_event e"
				+ " ORDER BY (e.recorded_by = ?) DESC, (e.closed_at IS NULL) DESC, e.id LIMIT 1", Long.class, username)));
		ids.put("linkedEventId", String.valueOf(jdbc.queryForObject("SELECT coalesce((SELECT ci.event_id FROM context_event_impact ci"
				+ " WHERE ci.initiative_id = ? ORDER BY (ci.acknowledged_at IS NULL) DESC, ci.event_id LIMIT 1), 0)", Long.class,
				Long.valueOf(ids.get("id")))));
		return ids;
	}

	private MockHttpServletResponse send(Endpoint endpoint, URI uri, Who who) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method()), uri);
		if (who != ANONYMOUS) {
			request.with(user(USERNAMES.get(who)).roles(who.name()));
		}
		if (!endpoint.method().equals("GET")) {
			request.with(csrf());
		}
		if (endpoint.pattern().startsWith("/api/") && !endpoint.method().equals("GET")) {
			// An empty JSON object: the API checks permissions before the fields, which are then all missing.
			request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		endpoint.headers().forEach(request::header);
		return mvc.perform(request).andReturn().getResponse();
	}

	private static boolean allowed(MockHttpServletResponse response) {
		int status = response.getStatus();
		if (status == 401 || status == 403) {
			return false;
		}
		String location = response.getRedirectedUrl();
		return !(status / 100 == 3 && location != null && location.contains("/login"));
	}
}
