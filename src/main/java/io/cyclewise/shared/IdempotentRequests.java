package io.cyclewise.shared;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} for API writes: a client that does not know whether its request got through (a timeout,
 * a dropped connection) sends it again with the same key and gets the first answer back, marked
 * {@code Idempotent-Replayed: true}, with nothing stored a second time. The key and the answer are written in the
 * same transaction as the request's rows, so there is never one without the other; a request that fails (4xx or
 * 5xx) stores no key, so it may be corrected and sent again with it. Keys belong to their owner and are kept for
 * {@link #RETENTION}.
 */
@Component
public class IdempotentRequests {

	public static final String HEADER = "Idempotency-Key";

	public static final String REPLAYED = "Idempotent-Replayed";

	public static final Duration RETENTION = Duration.ofHours(24);

	/** Visible ASCII, as HTTP header values are; a UUID is the usual choice. */
	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

	/** The first key of the two-key advisory locks taken here ("IDEM"), apart from any other lock of the app. */
	private static final int LOCK_SPACE = 0x4944454d;

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final JsonMapper json;
	private final Clock clock;

	IdempotentRequests(JdbcClient jdbc, PlatformTransactionManager transactionManager, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.json = json;
		this.clock = clock;
	}

	/** @throws ErrorResponseException 400 when a request that needs a key has none */
	public static void require(String key) {
		if (key == null) {
			throw invalidKey("Send an Idempotency-Key header (e.g. a new UUID per request, the same one when you "
					+ "retry it), so a retry after a timeout does not store the items twice.");
		}
	}

	/**
	 * Runs the action once per (owner, key): in one transaction with the key, or, for a key seen before, answers with
	 * the stored response. Without a key the action simply runs.
	 * @param operation what the request does (method and path), so one key cannot be replayed on another endpoint
	 * @param request the parsed request body, hashed to recognise a retry of the same request
	 * @throws ErrorResponseException 400 for an unusable key, 409 while a request with the key is in progress, 422
	 *         when the key was used with a different request
	 */
	public ResponseEntity<?> once(String owner, String key, String operation, Object request,
			Supplier<ResponseEntity<?>> action) {
		if (key == null) {
			return action.get();
		}
		if (!KEY.matcher(key).matches()) {
			throw invalidKey("An Idempotency-Key has 1 to 255 visible ASCII characters (no spaces), e.g. a UUID.");
		}
		String hash = hash(operation, request);
		return transactions.execute(status -> {
			// Held until commit: a parallel request with the same key is answered 409 instead of waiting or storing.
			if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?, hashtext(?))").params(LOCK_SPACE, owner + "\n" + key)
				.query(Boolean.class).single()) {
				throw problem(HttpStatus.CONFLICT, "Request in progress", "A request with this Idempotency-Key is "
						+ "still being processed; send the retry again once it has finished.");
			}
			Optional<Stored> stored = stored(owner, key);
			if (stored.isPresent()) {
				if (!stored.get().requestHash().equals(hash)) {
					throw problem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
							"This Idempotency-Key was used with a different request; use a new key for a new request.");
				}
				return stored.get().replay();
			}
			ResponseEntity<?> response = action.get();
			jdbc.sql("""
					INSERT INTO api_idempotency_key (owner, idempotency_key, request_hash, response_status, response_body,
					       response_location, created_at)
					VALUES (?, ?, ?, ?, ?::json, ?, ?)
					ON CONFLICT (owner, idempotency_key) DO UPDATE SET request_hash = excluded.request_hash,
					       response_status = excluded.response_status, response_body = excluded.response_body,
					       response_location = excluded.response_location, created_at = excluded.created_at
					""")
				.params(owner, key, hash, response.getStatusCode().value(), json.writeValueAsString(response.getBody()),
						Optional.ofNullable(response.getHeaders().getLocation()).map(URI::toString).orElse(null),
						Timestamp.from(clock.instant()))
				.update();
			return response;
		});
	}

	/** Hourly: keys older than the retention are forgotten (an expired key is also ignored before then). */
	@Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
	public int forgetExpiredKeys() {
		return jdbc.sql("DELETE FROM api_idempotency_key WHERE created_at < ?")
			.param(Timestamp.from(clock.instant().minus(RETENTION))).update();
	}

	private Optional<Stored> stored(String owner, String key) {
		return jdbc.sql("""
				SELECT request_hash, response_status, response_body, response_location FROM api_idempotency_key
				WHERE owner = ? AND idempotency_key = ? AND created_at >= ?
				""")
			.params(owner, key, Timestamp.from(clock.instant().minus(RETENTION)))
			.query((rs, row) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	private String hash(String operation, Object request) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(operation.getBytes(StandardCharsets.UTF_8));
			sha256.update((byte) '\n');
			sha256.update(json.writeValueAsBytes(request));
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}

	private record Stored(String requestHash, int status, String body, String location) {

		ResponseEntity<String> replay() {
			ResponseEntity.BodyBuilder response = ResponseEntity.status(status).header(REPLAYED, "true")
				.contentType(MediaType.APPLICATION_JSON);
			if (location != null) {
				response.header(HttpHeaders.LOCATION, location);
			}
			return response.body(body);
		}
	}

	private static ErrorResponseException invalidKey(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid input");
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", HEADER);
		error.put("message", detail);
		problem.setProperty("errors", List.of(error));
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}
}
