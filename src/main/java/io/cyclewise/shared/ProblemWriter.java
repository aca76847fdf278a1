package io.cyclewise.shared;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem detail from a servlet filter (sign-in, rate limits, size limits), where no controller advice runs. */
@Component
public class ProblemWriter {

	private final JsonMapper json;
	private final MessageSource messages;

	ProblemWriter(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	/** A problem worded in the request's language: a title and a detail from the message bundles. */
	public ProblemDetail problem(HttpStatusCode status, String titleCode, String detailCode, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(detailCode, arguments.length == 0 ? null : arguments, locale));
		problem.setTitle(messages.getMessage(titleCode, null, locale));
		return problem;
	}

	/** The bundles, for filters that word a problem in the request's language. */
	public MessageSource messages() {
		return messages;
	}

	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), asMap(problem));
	}

	/** The RFC 9457 members first, then the extension members at the top level (as the MVC converters write them). */
	static Map<String, Object> asMap(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}
}
