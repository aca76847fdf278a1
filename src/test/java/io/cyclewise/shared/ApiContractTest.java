package io.cyclewise.shared;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cyclewise.client.ApiClient;
import io.cyclewise.client.ApiException;
import io.cyclewise.client.ApiResponse;
import io.cyclewise.client.api.DashboardApi;
import io.cyclewise.client.api.InitiativesApi;
import io.cyclewise.client.api.MeasurementsApi;
import io.cyclewise.client.api.RiskFlagsApi;
import io.cyclewise.client.model.ApiPageFlagResource;
import io.cyclewise.client.model.ApiPageInitiativeResource;
import io.cyclewise.client.model.BulkObservationForm;
import io.cyclewise.client.model.BulkResult;
import io.cyclewise.client.model.DashboardResource;
import io.cyclewise.client.model.FieldMessage;
import io.cyclewise.client.model.FlagResource;
import io.cyclewise.client.model.InitiativeForm;
import io.cyclewise.client.model.InitiativeResource;
import io.cyclewise.client.model.Item;
import io.cyclewise.client.model.ObservationBatch;
import io.cyclewise.support.Api;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The API as a client generated from its committed OpenAPI description sees it (openapi-generator, java.net.http,
 * in target/generated-test-sources/openapi): against the real server on a port, with a real token. If the
 * description and the server disagree (a path, a parameter, a field's name or type), these calls fail; the
 * description itself is kept equal to the served one by {@link OpenApiSnapshotTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiContractTest {

	@LocalServerPort
	int port;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	InitiativesApi initiatives;

	RiskFlagsApi flags;

	DashboardApi dashboard;

	@BeforeEach
	void client() {
		String token = Api.token(tokens, "lead", TokenAccess.READ_WRITE);
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + port);
		client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
		initiatives = new InitiativesApi(client);
		flags = new RiskFlagsApi(client);
		dashboard = new DashboardApi(client);
		BackgroundWork.awaitDone(jdbc);
	}

	@Test
	void listsReadsAndUpdatesInitiativesWithVersions() throws Exception {
		ApiPageInitiativeResource page = initiatives.initiativeList(null, null, "EFFECTUATING", null, null, null, null,
				null, null, 0, 5);
		long effectuating = jdbc.queryForObject("SELECT count(*) FROM initiative WHERE alignment_phase = 'EFFECTUATING'",
				Long.class);
		assertThat(page.getTotalItems()).isEqualTo(effectuating);
		assertThat(page.getItems()).isNotEmpty().hasSizeLessThanOrEqualTo(5)
			.allSatisfy(item -> assertThat(item.getAlignmentPhase().getValue()).isEqualTo("EFFECTUATING"));

		long own = jdbc.queryForObject("SELECT min(i.id) FROM initiative i JOIN app_user u ON u.id = i.lead_id"
				+ " WHERE u.username = 'lead'", Long.class);
		ApiResponse<InitiativeResource> read = initiatives.initiativeReadWithHttpInfo(own);
		InitiativeResource initiative = read.getData();
		String etag = read.getHeaders().get("etag").get(0);
		assertThat(initiative.getId()).isEqualTo(own);
		assertThat(etag).isEqualTo("\"" + initiative.getVersion() + "\"");

		InitiativeForm form = formOf(initiative);
		form.setPurpose(initiative.getPurpose() + " (checked by the contract test)");
		form.setChangeReason("Contract test");
		ApiResponse<InitiativeResource> updated = initiatives.initiativeUpdateWithHttpInfo(own, form, etag);
		assertThat(updated.getData().getPurpose()).endsWith("(checked by the contract test)");
		assertThat(updated.getData().getVersion()).isEqualTo(initiative.getVersion() + 1);

		form.setPurpose("A stale change");
		ApiException stale = catchThrowableOfType(ApiException.class, () -> initiatives.initiativeUpdate(own, form, etag));
		assertThat(stale.getCode()).isEqualTo(412);
		assertThat(stale.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(initiatives.initiativeRead(own).getPurpose()).endsWith("(checked by the contract test)");
	}

	@Test
	void listsFlagsAndReadsTheDashboard() throws Exception {
		ApiPageFlagResource open = flags.riskFlagList("OPEN", "TEMPORAL_COMPLEXITY", null, null, null, null, 0, 10);
		long stored = jdbc.queryForObject("SELECT count(*) FROM risk_flag WHERE cleared_at IS NULL"
				+ " AND characteristic = 'TEMPORAL_COMPLEXITY'", Long.class);
		assertThat(open.getTotalItems()).isEqualTo(stored).isPositive();
		FlagResource first = open.getItems().get(0);
		assertThat(first.getOpen()).isTrue();
		assertThat(first.getExplanation()).isNotBlank();
		assertThat(first.getSource()).isEqualTo("The ML-based capability alignment study");

		List<FlagResource> ofInitiative = flags.riskFlagOfInitiative(first.getInitiativeId());
		assertThat(ofInitiative).extracting(FlagResource::getId).contains(first.getId());

		DashboardResource overview = dashboard.dashboardRead(null, null, null, null);
		long lead = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'lead'", Long.class);
		// The token's owner is a project lead: the dashboard shows the initiatives they lead.
		assertThat(overview.getFilter().getLead()).isEqualTo(lead);
		assertThat(overview.getInitiatives()).isEqualTo(
				jdbc.queryForObject("SELECT count(*) FROM initiative WHERE lead_id = ?", Long.class, lead));
		assertThat(overview.getWeeklyTrend()).hasSize(26);
	}

	@Test
	void importsObservationsInBulkOnceForOneIdempotencyKey() throws Exception {
		String token = Api.token(tokens, "scientist", TokenAccess.READ_WRITE);
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + port);
		client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
		MeasurementsApi measurements = new MeasurementsApi(client);
		long initiative = jdbc.queryForObject("SELECT min(id) FROM initiative", Long.class);
		ObservationBatch batch = new ObservationBatch().items(List.of(
				observation(initiative, "0.91", LocalDate.now(clock).minusDays(1)),
				observation(initiative, "0.88", LocalDate.now(clock)),
				observation(initiative, "0.85", LocalDate.now(clock).plusDays(30))));
		long before = jdbc.queryForObject("SELECT count(*) FROM performance_observation", Long.class);
		String key = "contract-" + UUID.randomUUID();

		ApiResponse<BulkResult> first = measurements.measurementImportObservationsWithHttpInfo(key, batch);
		assertThat(first.getData().getStored()).isEqualTo(2);
		assertThat(first.getData().getRejected()).isEqualTo(1);
		assertThat(first.getData().getItems().get(2).getStatus().getValue()).isEqualTo("rejected");
		assertThat(first.getData().getItems().get(2).getErrors()).extracting(FieldMessage::getField).contains("observedOn");

		ApiResponse<BulkResult> replay = measurements.measurementImportObservationsWithHttpInfo(key, batch);
		assertThat(replay.getHeaders().get("idempotent-replayed")).containsExactly("true");
		assertThat(replay.getData().getItems()).extracting(Item::getId)
			.isEqualTo(first.getData().getItems().stream().map(Item::getId).toList());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM performance_observation", Long.class)).isEqualTo(before + 2);
		BackgroundWork.awaitDone(jdbc);
	}

	@Test
	void anUnknownApiPathIsAJsonNotFound() throws Exception {
		String token = Api.token(tokens, "executive", TokenAccess.READ_ONLY);
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
			.uri(URI.create("http://localhost:" + port + "/api/v1/no-such-resource"))
			.header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
		assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception");
	}

	private static BulkObservationForm observation(long initiative, String value, LocalDate observedOn) {
		return new BulkObservationForm().initiativeId(initiative).metric("Contract recall").value(new BigDecimal(value))
			.higherIsBetter(true).userContext("All user contexts").source(BulkObservationForm.SourceEnum.OPERATIONAL)
			.observedOn(observedOn);
	}

	private static InitiativeForm formOf(InitiativeResource initiative) {
		InitiativeForm form = new InitiativeForm();
		form.setName(initiative.getName());
		form.setPurpose(initiative.getPurpose());
		form.setBusinessUnitId(initiative.getBusinessUnitId());
		form.setLeadId(initiative.getLeadId());
		form.setUserContexts(initiative.getUserContexts());
		form.setAlignmentPhase(InitiativeForm.AlignmentPhaseEnum.fromValue(initiative.getAlignmentPhase().getValue()));
		form.setLifecycleStage(InitiativeForm.LifecycleStageEnum.fromValue(initiative.getLifecycleStage().getValue()));
		form.setMechanism(InitiativeForm.MechanismEnum.fromValue(initiative.getMechanism().getValue()));
		form.setOrganizationState(InitiativeForm.OrganizationStateEnum.fromValue(initiative.getOrganizationState().getValue()));
		form.setOrganizationNote(initiative.getOrganizationNote());
		form.setOrganizationSince(initiative.getOrganizationSince());
		form.setOrganizationPaceDays(initiative.getOrganizationPaceDays());
		form.setTechnologyState(InitiativeForm.TechnologyStateEnum.fromValue(initiative.getTechnologyState().getValue()));
		form.setTechnologyNote(initiative.getTechnologyNote());
		form.setTechnologySince(initiative.getTechnologySince());
		form.setTechnologyPaceDays(initiative.getTechnologyPaceDays());
		form.setUserState(InitiativeForm.UserStateEnum.fromValue(initiative.getUserState().getValue()));
		form.setUserNote(initiative.getUserNote());
		form.setUserSince(initiative.getUserSince());
		form.setUserPaceDays(initiative.getUserPaceDays());
		return form;
	}
}
