package io.cyclewise.support;

import java.beans.PropertyDescriptor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Every endpoint the application maps, read from Spring MVC's handler mapping, with what it reads: path variables,
 * request parameters, and the properties of its form objects (including list entries such as {@code items[0].text}).
 * Used by the tests that walk all endpoints (bad input, authorization), so a new endpoint is covered without editing
 * them, and the authorization table names any endpoint it lacks.
 */
public final class MappedEndpoints {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

	private MappedEndpoints() {
	}

	/** One method and path pattern of one handler; {@code headers} are required request headers (e.g. HX-Request). */
	public record Endpoint(String method, String pattern, Map<String, String> headers, HandlerMethod handler) {

		/** "METHOD /path/{pattern}", plus " [Header]" when the mapping requires a header: the authorization table's key. */
		public String key() {
			return method + " " + pattern + (headers.isEmpty() ? "" : " " + headers.keySet());
		}

		public List<String> pathVariables() {
			List<String> names = new ArrayList<>();
			Matcher matcher = VARIABLE.matcher(pattern);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
			return names;
		}

		/** The path with each variable replaced (encoded as one path segment). */
		public URI uri(Function<String, String> values) {
			Matcher matcher = VARIABLE.matcher(pattern);
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(path,
						Matcher.quoteReplacement(UriUtils.encodePathSegment(values.apply(matcher.group(1)), StandardCharsets.UTF_8)));
			}
			matcher.appendTail(path);
			return URI.create(path.toString());
		}

		/**
		 * The request parameters and form fields the handler reads (simple values, list entries at [0]), each with
		 * the type it is bound to (String for lists of text and for parameters read as a map).
		 */
		public Map<String, Class<?>> fields(Map<String, List<String>> mapParameterKeys) {
			Map<String, Class<?>> fields = new LinkedHashMap<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				Class<?> type = parameter.getParameterType();
				RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
				if (parameter.hasParameterAnnotation(PathVariable.class) || parameter.hasParameterAnnotation(RequestHeader.class)) {
					continue;
				}
				if (requestParam != null) {
					if (Map.class.isAssignableFrom(type)) {
						mapParameterKeys.getOrDefault(key(), List.of()).forEach(name -> fields.put(name, String.class));
					}
					else {
						String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
						fields.put(name != null ? name : requestParam.value(),
								Collection.class.isAssignableFrom(type) ? String.class : type);
					}
				}
				else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isFormObject(type)) {
					properties(type, "", 0, fields);
				}
			}
			return fields;
		}

		/** List properties of the form objects, with a sub-property of their elements if they are objects. */
		public List<String> listEntries(String index) {
			List<String> entries = new ArrayList<>();
			for (String field : fields(Map.of()).keySet()) {
				int open = field.indexOf("[0]");
				if (open > 0) {
					String entry = field.substring(0, open) + "[" + index + "]" + field.substring(open + 3);
					if (!entries.contains(entry)) {
						entries.add(entry);
					}
				}
			}
			return entries;
		}
	}

	public static List<Endpoint> all(RequestMappingHandlerMapping mapping) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Map<String, String> headers = new LinkedHashMap<>();
			for (NameValueExpression<String> header : info.getHeadersCondition().getExpressions()) {
				if (!header.isNegated()) {
					headers.put(header.getName(), header.getValue() != null ? header.getValue() : "true");
				}
			}
			List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET", "POST")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).sorted().toList();
			for (String pattern : info.getPatternValues()) {
				for (String method : methods) {
					endpoints.add(new Endpoint(method, pattern, headers, entry.getValue()));
				}
			}
		}
		endpoints.sort(Comparator.comparing(Endpoint::key));
		return endpoints;
	}

	/**
	 * Ids of existing records for the path variables, so that requests reach the handler's own checks (the
	 * variables are named the same way throughout the portal). {@code leadUsername} picks records of that lead
	 * where it matters (an initiative they lead, an event they recorded); null takes any.
	 */
	public static Map<String, String> existingIds(JdbcTemplate jdbc, String leadUsername) {
		String lead = leadUsername == null ? "" : " AND i.lead_id = (SELECT id FROM app_user WHERE username = '" + leadUsername + "')";
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("id", one(jdbc, "SELECT min(i.id) FROM initiative i WHERE EXISTS (SELECT 1 FROM expectation e WHERE e.initiative_id = i.id)"
				+ " AND EXISTS (SELECT 1 FROM risk_flag f WHERE f.initiative_id = i.id AND f.cleared_at IS NULL)" + lead));
		ids.put("expectationId", one(jdbc, "SELECT min(id) FROM expectation WHERE initiative_id = " + ids.get("id")));
		ids.put("flagId", one(jdbc, "SELECT min(id) FROM risk_flag WHERE cleared_at IS NULL AND initiative_id = " + ids.get("id")));
		ids.put("answerId", one(jdbc, "SELECT coalesce(min(id), 1) FROM checklist_answer WHERE initiative_id = " + ids.get("id")));
		ids.put("itemId", one(jdbc, "SELECT min(ti.id) FROM checklist_template_item ti JOIN checklist_template t ON t.id = ti.template_id"
				+ " WHERE t.current AND t.kind = 'CRAFT_TACTICS'"));
		ids.put("eventId", one(jdbc, "SELECT coalesce(min(e.id), 1) FROM context_event e JOIN context_event_impact ci ON ci.event_id = e.id"
				+ " WHERE ci.initiative_id = " + ids.get("id")));
		// Findings of that initiative if any; 0 (answered 404 after the permission check) otherwise.
		ids.put("findingId", one(jdbc, "SELECT coalesce(min(id), 0) FROM finding WHERE initiative_id = " + ids.get("id")));
		ids.put("stepId", one(jdbc, "SELECT coalesce(min(id), 0) FROM finding_step WHERE finding_id = " + ids.get("findingId")));
		ids.put("unitId", one(jdbc, "SELECT min(id) FROM business_unit"));
		// Gate requests and acknowledgements to review: 0 (answered 404 after the permission check), so nothing changes.
		ids.put("requestId", "0");
		ids.put("impactId", "0");
		ids.put("kind", "CRAFT_TACTICS");
		// A notification if any (the tests' users see only their own; another's is answered 404); 0 otherwise.
		ids.put("notificationId", one(jdbc, "SELECT coalesce(min(id), 0) FROM notification"));
		ids.put("userId", one(jdbc, "SELECT min(id) FROM app_user WHERE username = 'executive'"));
		// A board report if there is one; 0 (answered 404 after the permission check) otherwise.
		ids.put("runId", one(jdbc, "SELECT coalesce(min(id), 0) FROM report_run"));
		// A stored weekly executive digest, or 0 when none is built yet (permission is checked before the lookup).
		ids.put("digestId", one(jdbc, "SELECT coalesce(min(id), 0) FROM executive_digest"));
		return ids;
	}

	/** The value of a path variable in a pattern: {@code /admin/users/{id}} means a user, elsewhere an initiative. */
	public static String idFor(Endpoint endpoint, String variable, Map<String, String> ids) {
		if (variable.equals("id") && endpoint.pattern().startsWith("/admin/users")) {
			return ids.get("userId");
		}
		String value = ids.get(variable);
		if (value == null) {
			throw new IllegalStateException("No existing record for path variable {" + variable + "} of " + endpoint.key()
					+ "; add it to MappedEndpoints.existingIds.");
		}
		return value;
	}

	/**
	 * Rows per table in schema public, leaving out tables that change by themselves or on every request (sessions,
	 * event and recomputation bookkeeping, the risk engine's read model, sign-in records): the tests that walk all
	 * endpoints compare them before and after to prove that refused requests stored nothing.
	 */
	public static Map<String, Long> rowCounts(JdbcTemplate jdbc) {
		List<String> notCounted = List.of("spring_session", "flyway_schema_history", "event_publication",
				"risk_recomputation_", "risk_rollup", "sign_in", "signin", "login", "audit",
				// Requested board reports: generated documents (a request with no filter is a valid one, for the whole
				// portfolio), deleted by the report worker after 30 days.
				"report_run");
		List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables"
				+ " WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name", String.class)
			.stream().filter(table -> notCounted.stream().noneMatch(table::contains)).toList();
		String sql = String.join(" UNION ALL ", tables.stream()
			.map(table -> "SELECT '" + table + "' AS t, count(*) AS n FROM \"" + table + "\"").toList());
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query(sql, row -> {
			counts.put(row.getString(1), row.getLong(2));
		});
		return counts;
	}

	private static String one(JdbcTemplate jdbc, String sql) {
		Object value = jdbc.queryForObject(sql, Object.class);
		return String.valueOf(value);
	}

	private static boolean isFormObject(Class<?> type) {
		return !BeanUtils.isSimpleProperty(type) && !Model.class.isAssignableFrom(type) && !Errors.class.isAssignableFrom(type)
				&& !Authentication.class.isAssignableFrom(type) && !Principal.class.isAssignableFrom(type)
				&& !ServletRequest.class.isAssignableFrom(type) && !ServletResponse.class.isAssignableFrom(type)
				&& !RedirectAttributes.class.isAssignableFrom(type) && !WebRequest.class.isAssignableFrom(type)
				&& !Map.class.isAssignableFrom(type) && !type.getName().startsWith("java.")
				&& !type.getName().startsWith("org.springframework.");
	}

	private static void properties(Class<?> type, String prefix, int depth, Map<String, Class<?>> fields) {
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() == null) {
				continue;
			}
			Class<?> propertyType = property.getPropertyType();
			String name = prefix + property.getName();
			if (BeanUtils.isSimpleProperty(propertyType)) {
				fields.put(name, propertyType);
			}
			else if (Collection.class.isAssignableFrom(propertyType)) {
				Class<?> element = ResolvableType.forMethodParameter(property.getWriteMethod(), 0).asCollection().resolveGeneric(0);
				fields.put(name, String.class);
				if (element == null || BeanUtils.isSimpleProperty(element)) {
					fields.put(name + "[0]", element == null ? String.class : element);
				}
				else if (depth < 2) {
					properties(element, name + "[0].", depth + 1, fields);
				}
			}
			else if (depth < 2 && isFormObject(propertyType)) {
				properties(propertyType, name + ".", depth + 1, fields);
			}
		}
	}
}
