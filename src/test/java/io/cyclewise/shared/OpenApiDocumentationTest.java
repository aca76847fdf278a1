package io.cyclewise.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.cyclewise.support.MappedEndpoints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every endpoint under /api/ is in the OpenAPI description (read from Spring's handler mapping, so a new one is
 * checked without editing this test), with a summary, a bearer token requirement and its problem-detail errors.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentationTest {

	static final List<String> ERRORS_OF_EVERY_OPERATION = List.of("400", "401", "403", "404", "429");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void everyApiEndpointIsDocumentedWithASummaryAndItsErrors() throws Exception {
		JsonNode description = json.readTree(mvc.perform(get("/v3/api-docs").with(user("scientist").roles("DATA_SCIENTIST")))
			.andReturn().getResponse().getContentAsString());

		Set<String> mapped = new TreeSet<>();
		MappedEndpoints.all(mapping).stream().filter(endpoint -> endpoint.pattern().startsWith("/api/"))
			.forEach(endpoint -> mapped.add(endpoint.method() + " " + endpoint.pattern().replaceAll("\\{([^}:]+):[^}]*}", "{$1}")));
		Set<String> documented = new TreeSet<>();
		List<String> incomplete = new ArrayList<>();
		for (String path : description.get("paths").propertyNames()) {
			JsonNode operations = description.get("paths").get(path);
			for (String method : operations.propertyNames()) {
				String key = method.toUpperCase() + " " + path;
				documented.add(key);
				JsonNode operation = operations.get(method);
				if (!operation.hasNonNull("summary") || operation.get("summary").asString().isBlank()) {
					incomplete.add(key + ": no summary (@Operation(summary = …))");
				}
				for (String status : ERRORS_OF_EVERY_OPERATION) {
					if (!operation.path("responses").path(status).path("content").has("application/problem+json")) {
						incomplete.add(key + ": no " + status + " problem-detail response");
					}
				}
			}
		}
		assertThat(mapped).as("API endpoints missing from /v3/api-docs (give the controller @Tag and @Operation; "
				+ "springdoc.paths-to-match is /api/**)").isNotEmpty().isSubsetOf(documented);
		assertThat(documented).as("Documented operations that are not mapped").isSubsetOf(mapped);
		assertThat(incomplete).as("Operations documented incompletely").isEmpty();
		assertThat(description.path("security").path(0).has(OpenApiConfiguration.TOKEN_SCHEME)).isTrue();
		assertThat(description.path("components").path("securitySchemes").path(OpenApiConfiguration.TOKEN_SCHEME)
			.path("scheme").asString()).isEqualTo("bearer");
		assertThat(description.path("info").path("title").asString()).isEqualTo("Cyclewise API");
		assertThat(description.path("info").path("version").asString()).isNotBlank();
	}
}
