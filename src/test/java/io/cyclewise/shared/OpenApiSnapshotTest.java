package io.cyclewise.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The committed OpenAPI description (src/test/resources/openapi/cyclewise-api.json), from which the build generates
 * the contract test's client, must be the one the application serves. After changing the API, regenerate it with
 * {@code ./mvnw test -Dtest=OpenApiSnapshotTest -Dcyclewise.openapi.update=true} and commit the file.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiSnapshotTest {

	static final Path COMMITTED = Path.of("src/test/resources/openapi/cyclewise-api.json");

	static final Path SERVED = Path.of("target/openapi/cyclewise-api.json");

	static final String UPDATE = "cyclewise.openapi.update";

	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Autowired
	MockMvc mvc;

	@Test
	void theCommittedDescriptionIsTheServedOne() throws Exception {
		String body = mvc.perform(get("/v3/api-docs").with(user("scientist").roles("DATA_SCIENTIST")))
			.andReturn().getResponse().getContentAsString();
		JsonNode served = normalized(PRETTY.readTree(body));
		String text = PRETTY.writeValueAsString(served) + "\n";
		Files.createDirectories(SERVED.getParent());
		Files.writeString(SERVED, text);
		if (Boolean.getBoolean(UPDATE)) {
			Files.writeString(COMMITTED, text);
			return;
		}
		JsonNode committed = normalized(PRETTY.readTree(Files.readString(COMMITTED)));
		assertThat(withoutVersion(committed))
			.as("The API's OpenAPI description changed; the served one is in " + SERVED + ". If the change is "
					+ "intended, run ./mvnw test -Dtest=OpenApiSnapshotTest -D" + UPDATE + "=true (it rewrites "
					+ COMMITTED + "), review the diff and commit it; the contract test's client is generated from it.")
			.isEqualTo(withoutVersion(served));
	}

	/**
	 * Object keys sorted at every level, and without the servers (they name the host and port the description was
	 * read from): two descriptions that say the same compare equal.
	 */
	static JsonNode normalized(JsonNode node) {
		if (node.isObject()) {
			ObjectNode sorted = PRETTY.createObjectNode();
			List<String> names = new ArrayList<>(node.propertyNames());
			names.sort(null);
			for (String name : names) {
				sorted.set(name, normalized(node.get(name)));
			}
			return sorted;
		}
		if (node.isArray()) {
			var array = PRETTY.createArrayNode();
			node.forEach(element -> array.add(normalized(element)));
			return array;
		}
		return node;
	}

	/** The build's version is not part of the contract (it changes with every release). */
	private static JsonNode withoutVersion(JsonNode description) {
		ObjectNode copy = ((ObjectNode) description).deepCopy();
		copy.remove("servers");
		if (copy.get("info") instanceof ObjectNode info) {
			info.remove("version");
		}
		return copy;
	}
}
