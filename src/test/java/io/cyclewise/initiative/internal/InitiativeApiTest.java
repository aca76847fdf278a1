package io.cyclewise.initiative.internal;

import io.cyclewise.initiative.AlignmentPhase;


import java.util.Map;

import io.cyclewise.support.Api;
import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

import static io.cyclewise.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The registry through the API, with real tokens on real PostgreSQL: the pages' rules, versions, problem details. */
@SpringBootTest
@AutoConfigureMockMvc
class InitiativeApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	InitiativeRepository initiatives;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	String lead;

	String leadReadOnly;

	String scientist;

	@BeforeEach
	void tokens() {
		lead = Api.token(tokens, "lead", TokenAccess.READ_WRITE);
		leadReadOnly = Api.token(tokens, "lead", TokenAccess.READ_ONLY);
		scientist = Api.token(tokens, "scientist", TokenAccess.READ_WRITE);
	}

	@Test
	void listsWithTheListPagesFiltersAndPaging() throws Exception {
		long drafting = initiatives.findAll().stream().filter(i -> i.getAlignmentPhase() == AlignmentPhase.EFFECTUATING).count();
		mvc.perform(get("/api/v1/initiatives").param("phase", "EFFECTUATING").param("size", "2").with(bearer(leadReadOnly)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value((int) drafting))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.items[0].alignmentPhase").value("EFFECTUATING"));
		mvc.perform(get("/api/v1/initiatives").param("phase", "SOMETIMES").param("only", "no-such").with(bearer(lead)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("phase")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("only")));
	}

	@Test
	void exportsTheFilteredListAsCsv() throws Exception {
		long sustaining = initiatives.findAll().stream().filter(i -> i.getAlignmentPhase() == AlignmentPhase.SUSTAINING).count();
		String csv = mvc.perform(get("/api/v1/initiatives/export.csv").param("phase", "SUSTAINING").with(bearer(leadReadOnly)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn().getResponse().getContentAsString();
		assertThat(csv.lines().count()).isEqualTo(sustaining + 1);
		assertThat(csv.lines().skip(1)).allMatch(line -> line.contains("SUSTAINING"));
		mvc.perform(get("/api/v1/initiatives/export.csv").param("only", "no-such").with(bearer(leadReadOnly)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("only"));
	}

	@Test
	void registersReadsAndUpdatesWithVersions() throws Exception {
		Map<String, Object> body = newInitiative("API registered initiative");
		MvcResult created = mvc.perform(post("/api/v1/initiatives").with(bearer(lead))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.name").value("API registered initiative"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		assertThat(location).matches("/api/v1/initiatives/\\d+");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForObject("select count(*) from initiative_change where initiative_id = ? and aspect = 'REGISTERED'",
				Integer.class, id)).isEqualTo(1);

		body.put("alignmentPhase", "EFFECTUATING");
		body.put("changeReason", "Pilot starts");
		mvc.perform(put(location).with(bearer(lead)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)))
			.andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.detail", containsString("If-Match")));
		// Forward needs a gate decision (docs/governance.md): refused with a field error, nothing stored.
		mvc.perform(put(location).with(bearer(lead)).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("alignmentPhase"))
			.andExpect(jsonPath("$.errors[0].message", containsString("Moving forward needs a gate decision")));
		body.put("alignmentPhase", "REINITIATING");
		body.put("purpose", "Pilot starts with the finance team.");
		mvc.perform(put(location).with(bearer(lead)).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.purpose").value("Pilot starts with the finance team."));
		body.put("name", "Stale rename");
		mvc.perform(put(location).with(bearer(lead)).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.current.name").value("API registered initiative"))
			.andExpect(jsonPath("$.current.version").value(1));
		assertThat(initiatives.findById(id).orElseThrow().getName()).isEqualTo("API registered initiative");
		mvc.perform(get(location).with(bearer(scientist)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""));
	}

	@Test
	void badBodiesGetProblemDetailsAndStoreNothing() throws Exception {
		long before = initiatives.count();
		Map<String, Object> invalid = newInitiative(" ");
		invalid.put("organizationPaceDays", 0);
		invalid.put("businessUnitId", 999_999);
		mvc.perform(post("/api/v1/initiatives").with(bearer(lead)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(invalid)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("organizationPaceDays")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("businessUnitId")));
		Map<String, Object> unknownEnum = newInitiative("Unknown enum");
		unknownEnum.put("mechanism", "MAGIC");
		mvc.perform(post("/api/v1/initiatives").with(bearer(lead)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(unknownEnum)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("MAGIC")))
			.andExpect(jsonPath("$.detail", containsString("KNOWLEDGE_CREATION")))
			.andExpect(jsonPath("$.errors[0].field").value("mechanism"));
		Map<String, Object> unknownField = newInitiative("Unknown field");
		unknownField.put("budget", 12);
		mvc.perform(post("/api/v1/initiatives").with(bearer(lead)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(unknownField)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("Unknown field “budget”")));
		Map<String, Object> wrongType = newInitiative("Wrong type");
		wrongType.put("userPaceDays", "often");
		mvc.perform(post("/api/v1/initiatives").with(bearer(lead)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(wrongType)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("userPaceDays"));
		mvc.perform(post("/api/v1/initiatives").with(bearer(lead)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Broken\", "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("Malformed JSON")));
		mvc.perform(post("/api/v1/initiatives").with(bearer(lead)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"purpose\": \"" + "x".repeat(1024 * 1024) + "\"}"))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.title").value("Request too large"));
		mvc.perform(post("/api/v1/initiatives").with(bearer(lead)).contentType(MediaType.TEXT_PLAIN).content("name=x"))
			.andExpect(status().isUnsupportedMediaType());
		mvc.perform(get("/api/v1/initiatives/x").with(bearer(lead)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		mvc.perform(get("/api/v1/initiatives/999999").with(bearer(lead)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("There is no initiative 999999."));
		assertThat(initiatives.count()).isEqualTo(before);
	}

	@Test
	void tokensActWithTheirOwnersRolesAndAccess() throws Exception {
		long before = initiatives.count();
		String body = json.writeValueAsString(newInitiative("Not by a scientist"));
		mvc.perform(post("/api/v1/initiatives").with(bearer(scientist)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("project leads")));
		mvc.perform(post("/api/v1/initiatives").with(bearer(leadReadOnly)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("read-only")));
		mvc.perform(get("/api/v1/initiatives"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
			.andExpect(jsonPath("$.status").value(401));
		assertThat(initiatives.count()).isEqualTo(before);
	}

	Map<String, Object> newInitiative(String name) {
		Initiative any = initiatives.findAll().get(0);
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("name", name);
		body.put("purpose", "Forecast demand");
		body.put("businessUnitId", any.getBusinessUnit().getId());
		body.put("userContexts", "Stores north, Stores south");
		body.put("leadId", jdbc.queryForObject("select id from app_user where username = 'lead'", Long.class));
		body.put("alignmentPhase", "REINITIATING");
		body.put("lifecycleStage", "REQUIREMENTS_ANALYSIS");
		body.put("mechanism", "KNOWLEDGE_CREATION");
		body.put("organizationState", "FORMING");
		body.put("organizationSince", "2026-01-05");
		body.put("organizationPaceDays", 90);
		body.put("technologyState", "EXPLORING");
		body.put("technologySince", "2026-01-05");
		body.put("technologyPaceDays", 14);
		body.put("userState", "IDENTIFIED");
		body.put("userSince", "2026-01-05");
		body.put("userPaceDays", 180);
		return body;
	}
}
