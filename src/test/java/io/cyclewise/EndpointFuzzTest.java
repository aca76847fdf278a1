package io.cyclewise;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.cyclewise.risk.Threshold;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.MappedEndpoints;
import io.cyclewise.support.MappedEndpoints.Endpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static io.cyclewise.support.Users.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Bad input at every mapped endpoint, as the administrator (who may reach every handler) with a valid CSRF token:
 * each path variable, request parameter and form field (list entries too) gets each of {@link #BAD_VALUES}, one at a
 * time and all at once, and list entries get indexes that cannot exist. No answer may be a 5xx (or an exception
 * escaping MockMvc), and no table may gain or lose rows. Endpoints come from Spring's handler mapping, so a new one
 * is walked without editing this test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EndpointFuzzTest {

	/** Sent to every field at once, and to each path variable. */
	static final List<String> BAD_VALUES = List.of("", "x", "-1", "999999999999999999999", "+999999999-12-31",
			"0000-01-01", "-5000-01-01", "1e999999999", "<script>alert(1)</script>", "L".repeat(10_000), "nul\u0000char",
			"\u0000");

	/** Sent to one field at a time, chosen by the type the field is bound to (to stay fast). */
	static final Map<String, List<String>> BAD_VALUES_BY_TYPE = Map.of(
			"text", List.of("", "L".repeat(10_000), "\u0000", "nul\u0000char", "<script>alert(1)</script>", "-1"),
			"number", List.of("", "x", "-1", "999999999999999999999", "1e999999999", "NaN"),
			"date", List.of("", "x", "+999999999-12-31", "0000-01-01", "-5000-01-01", "2024-02-30"),
			"other", List.of("", "x", "-1", "999999999999999999999", "\u0000"));

	/**
	 * Endpoints whose every field is free text, so that "x", "-1" or "&lt;script&gt;" alone is valid input and is stored
	 * (and shown escaped): they get only values that are bad as any text (blank, too long, NUL only).
	 */
	static final Map<String, String> ACCEPTS_ANY_TEXT = Map.of("POST /admin/business-units",
			"a business unit is a name (any text up to 120 characters) and an optional description",
			"POST /settings/tokens", "a token needs only a name (any text up to 100 characters); access and validity have defaults");

	static final List<String> BAD_AS_ANY_TEXT = List.of("", "L".repeat(10_000), "\u0000");

	static final List<String> BAD_INDEXES = List.of("-1", "999", "500", "x", "999999999999999999999", "");

	/** Request parameters read as a map: their keys. */
	static final Map<String, List<String>> MAP_PARAMETER_KEYS = Map.of("POST /admin/risk-thresholds",
			Arrays.stream(Threshold.values()).map(Enum::name).toList());

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	private int requests;
	private final List<String> serverErrors = new ArrayList<>();

	@Test
	void noBadValueAnywhereIsAServerErrorOrStoresAnything() throws Exception {
		long started = System.nanoTime();
		BackgroundWork.awaitDone(jdbc);
		Map<String, String> ids = MappedEndpoints.existingIds(jdbc, null);
		List<Endpoint> endpoints = MappedEndpoints.all(mapping);
		Map<String, Long> before = rowCounts();
		Map<String, Long> previous = before;
		List<String> changes = new ArrayList<>();
		int fields = 0;
		for (Endpoint endpoint : endpoints) {
			for (String variable : endpoint.pathVariables()) {
				for (String bad : BAD_VALUES) {
					send(endpoint, endpoint.uri(name -> name.equals(variable) ? bad : MappedEndpoints.idFor(endpoint, name, ids)),
							Map.of(), false);
				}
			}
			URI uri = endpoint.uri(name -> MappedEndpoints.idFor(endpoint, name, ids));
			Map<String, Class<?>> types = endpoint.fields(MAP_PARAMETER_KEYS);
			List<String> names = List.copyOf(types.keySet());
			fields += names.size();
			boolean anyText = ACCEPTS_ANY_TEXT.containsKey(endpoint.key());
			// Without fields, the request with the existing ids would be a valid one: only path variables are bad.
			if (!names.isEmpty()) {
				for (String name : names) {
					for (String bad : anyText ? BAD_AS_ANY_TEXT : BAD_VALUES_BY_TYPE.get(kind(types.get(name)))) {
						send(endpoint, uri, Map.of(name, bad), false);
					}
				}
				for (String bad : anyText ? BAD_AS_ANY_TEXT : BAD_VALUES) {
					Map<String, String> allBad = new LinkedHashMap<>();
					names.forEach(name -> allBad.put(name, bad));
					send(endpoint, uri, allBad, bad.isEmpty());
					if (bad.isEmpty()) {
						send(endpoint, uri, allBad, false);
					}
				}
			}
			for (String index : BAD_INDEXES) {
				for (String entry : endpoint.listEntries(index)) {
					send(endpoint, uri, Map.of(entry, "x"), false);
				}
			}
			if (!endpoint.method().equals("GET")) {
				Map<String, Long> now = rowCounts();
				if (!now.equals(previous)) {
					changes.add(endpoint.key() + ": " + differences(previous, now));
					previous = now;
				}
			}
		}
		BackgroundWork.awaitDone(jdbc);
		Map<String, Long> after = rowCounts();
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		System.out.printf("Bad-input walk: %d requests to %d endpoints (%d fields), %d tables counted, %d 5xx seen, %d s%n",
				requests, endpoints.size(), fields, before.size(), serverErrors.size(), seconds);
		assertThat(serverErrors).as("requests answered 5xx or failing with an exception").isEmpty();
		assertThat(changes).as("endpoints whose bad requests changed stored rows").isEmpty();
		assertThat(after).as("row counts after the walk").isEqualTo(before);
		assertThat(endpoints).hasSizeGreaterThan(30);
		assertThat(requests).isGreaterThan(1000);
	}

	private void send(Endpoint endpoint, URI uri, Map<String, String> parameters, boolean asJsonFromHtmx) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method()), uri)
			.with(ADMIN);
		if (!endpoint.method().equals("GET")) {
			request.with(csrf());
		}
		endpoint.headers().forEach(request::header);
		if (asJsonFromHtmx) {
			request.header("HX-Request", "true").header("Accept", "application/json");
		}
		parameters.forEach((name, value) -> request.param(name, value));
		requests++;
		try {
			int status = mvc.perform(request).andReturn().getResponse().getStatus();
			if (status >= 500) {
				serverErrors.add(status + " " + describe(endpoint, uri, parameters));
			}
		}
		catch (Exception exception) {
			Throwable root = exception;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			serverErrors.add(root.getClass().getSimpleName() + " " + describe(endpoint, uri, parameters) + ": "
					+ Objects.toString(root.getMessage(), "").lines().findFirst().orElse(""));
		}
	}

	private static String kind(Class<?> type) {
		if (type == String.class || type == Character.class || type == char.class) {
			return "text";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "number";
		}
		if (java.time.temporal.Temporal.class.isAssignableFrom(type) || java.util.Date.class.isAssignableFrom(type)) {
			return "date";
		}
		return "other";
	}

	private static String describe(Endpoint endpoint, URI uri, Map<String, String> parameters) {
		StringBuilder text = new StringBuilder(endpoint.method()).append(' ').append(abbreviated(uri.toString()));
		parameters.forEach((name, value) -> text.append(' ').append(name).append('=').append(abbreviated(value)));
		return text.toString();
	}

	private static String abbreviated(String value) {
		String visible = value.replace("\u0000", "\\0");
		return visible.length() > 40 ? visible.substring(0, 40) + "…(" + visible.length() + ")" : visible;
	}

	private Map<String, Long> rowCounts() {
		return MappedEndpoints.rowCounts(jdbc);
	}

	private static String differences(Map<String, Long> before, Map<String, Long> after) {
		StringBuilder text = new StringBuilder();
		after.forEach((table, count) -> {
			if (!count.equals(before.get(table))) {
				text.append(table).append(' ').append(before.get(table)).append("→").append(count).append("; ");
			}
		});
		return text.toString();
	}
}
