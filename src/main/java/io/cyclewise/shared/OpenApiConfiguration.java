package io.cyclewise.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description (served at /v3/api-docs, shown by Swagger UI): its title and version, the personal
 * access token as a bearer scheme required by every operation (Swagger UI's "Authorize" takes one), and the problem
 * details that every operation may answer with. Clients generated from it see the errors as typed responses.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String TOKEN_SCHEME = "personalAccessToken";

	static final String PROBLEM_SCHEMA = "Problem";

	static final String PROBLEM_JSON = "application/problem+json";

	/** Errors every operation can answer with (token, permission, record, rate limit), and what each means. */
	private static final Map<String, String> EVERY_OPERATION = Map.of(
			"400", "Invalid input: every rejected field in errors; nothing was stored.",
			"401", "No token, or an unknown, expired or revoked one.",
			"403", "The token's owner may not do this, or a read-only token was used to change data.",
			"404", "There is no such record.",
			"429", "Too many calls with this token (Retry-After says when to try again).");

	@Bean
	OpenAPI cyclewiseOpenApi(ObjectProvider<BuildProperties> build) {
		String version = build.getIfAvailable() != null ? build.getIfAvailable().getVersion() : "development";
		return new OpenAPI()
			.info(new Info().title("Cyclewise API").version(version)
				.description("Read and change the portfolio of ML initiatives with the same rules as the portal's "
						+ "pages: the registry, risk flags and the dashboard. Authenticate with a personal access "
						+ "token (Settings → Access tokens) as a bearer token; read-only tokens may only GET. Errors "
						+ "are RFC 9457 problem details (application/problem+json) with errors[] listing each "
						+ "rejected field. Changes need If-Match with the version read (ETag)."))
			.components(new Components()
				.addSecuritySchemes(TOKEN_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("A personal access token from Settings → Access tokens.")))
			.addSecurityItem(new SecurityRequirement().addList(TOKEN_SCHEME));
	}

	/** Adds the problem-detail responses to every operation, and 412/428 to those guarded by If-Match. */
	@Bean
	GlobalOpenApiCustomizer problemResponses() {
		return openApi -> {
			if (openApi.getPaths() == null) {
				return;
			}
			// Here rather than in the OpenAPI bean: springdoc replaces the bean's schemas with the ones it derives.
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
			openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
				Map<String, String> errors = new LinkedHashMap<>(EVERY_OPERATION);
				if (readsIfMatch(operation)) {
					errors.put("412", "The version in If-Match is not the current one; current holds the current state.");
					errors.put("428", "If-Match is missing: read the record first and send its ETag.");
				}
				if (operation.getRequestBody() != null) {
					errors.put("409", "The change conflicts with the record's state.");
					errors.put("413", "The body is larger than 1 MiB.");
				}
				ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
				errors.forEach((status, description) -> responses.addApiResponse(status, problem(description)));
				operation.setResponses(sorted(responses));
			}));
		};
	}

	/**
	 * Operation ids from the controller and method ({@code RiskFlagApiController.list} → {@code riskFlagList}) unless
	 * {@code @Operation} names one: springdoc's default, the bare method name numbered on collisions ({@code list1}),
	 * would rename generated client methods whenever another controller gains a method of the same name.
	 */
	@Bean
	OperationCustomizer stableOperationIds() {
		return (operation, handler) -> {
			io.swagger.v3.oas.annotations.Operation annotation = handler
				.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
			if (annotation == null || annotation.operationId().isBlank()) {
				String controller = handler.getBeanType().getSimpleName().replaceFirst("(Api)?Controller$", "");
				String method = handler.getMethod().getName();
				operation.setOperationId(Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
						+ Character.toUpperCase(method.charAt(0)) + method.substring(1));
			}
			return operation;
		};
	}

	private static boolean readsIfMatch(Operation operation) {
		return operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(parameter -> "If-Match".equalsIgnoreCase(parameter.getName()));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
	}

	/** Status codes in order, so the description (and its committed snapshot) does not depend on map order. */
	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		responses.keySet().stream().sorted().forEach(status -> sorted.addApiResponse(status, responses.get(status)));
		return sorted;
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Schema<?> fieldError = new ObjectSchema()
			.addProperty("field", new StringSchema().description("The field's path in the request, e.g. name or items[2].text."))
			.addProperty("message", new StringSchema().description("What is wrong, in words a person can act on."));
		return new ObjectSchema().description("An RFC 9457 problem detail.")
			.addProperty("type", new StringSchema())
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("errors", new ArraySchema().items(fieldError).description("Each rejected field (400)."))
			.addProperty("current", new ObjectSchema().description("The record's current state (412)."));
	}
}
