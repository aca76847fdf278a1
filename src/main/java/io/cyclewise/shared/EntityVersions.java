package io.cyclewise.shared;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Optimistic locking over HTTP: a record's {@code @Version} travels as a strong {@code ETag} ({@code "7"}), and an
 * update must send it back in {@code If-Match}. Missing → 428, unreadable → 400, stale → 412 with the current state.
 */
public final class EntityVersions {

	private static final Pattern ONE_VERSION = Pattern.compile("\\s*\"(\\d{1,18})\"\\s*");

	private EntityVersions() {
	}

	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * @param ifMatch the request's {@code If-Match} header
	 * @param currentVersion the record's version now
	 * @param current the record's current representation, sent back with a 412
	 * @return the version the client saw (equal to the current one)
	 */
	public static long requireCurrent(String ifMatch, long currentVersion, Supplier<Object> current) {
		if (ifMatch == null || ifMatch.isBlank()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
					"Send the version you read in an If-Match header (the ETag of your GET, e.g. If-Match: \""
							+ currentVersion + "\"), so a change made meanwhile is not overwritten.");
			problem.setTitle("Version required");
			throw new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED, problem, null);
		}
		Matcher matcher = ONE_VERSION.matcher(ifMatch);
		if (!matcher.matches()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"If-Match must hold exactly one version as a quoted number, e.g. \"" + currentVersion + "\".");
			problem.setTitle("Unreadable If-Match");
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
		}
		long seen = Long.parseLong(matcher.group(1));
		if (seen != currentVersion) {
			throw new PreconditionFailedException(currentVersion, current.get());
		}
		return seen;
	}

	/**
	 * The same guard for versions that travel in a field of the page's form (e.g. an answer's {@code seenVersion}),
	 * where the page already sends them: missing → 428, stale → 412 with the current state.
	 * @param field the body's field name, for the messages
	 * @return the version the client saw (equal to the current one)
	 */
	public static long requireCurrentField(Long seen, String field, long currentVersion, Supplier<Object> current) {
		if (seen == null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
					"Send the version you read in the field “" + field + "” (now " + currentVersion
							+ "), so a change made meanwhile is not overwritten.");
			problem.setTitle("Version required");
			throw new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED, problem, null);
		}
		if (seen != currentVersion) {
			throw new PreconditionFailedException(currentVersion, current.get(), field);
		}
		return seen;
	}
}
