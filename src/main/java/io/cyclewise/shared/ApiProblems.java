package io.cyclewise.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.OptimisticLockException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of an API controller ({@code @RestController}) as an RFC 9457 problem detail: a status, a title, a
 * detail a person can act on, and for invalid input an {@code errors} list with each field's path and message.
 * Never a stack trace; a 5xx says only that the portal failed. The pages keep their own error handling.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiProblems.class);

	private final org.springframework.context.MessageSource messages;

	ApiProblems(org.springframework.context.MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(invalidFields(exception.getBindingResult()));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = new ArrayList<>();
		exception.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
			.forEach(error -> errors.add(fieldError(
					result.getMethodParameter().getParameterName() == null ? "?" : result.getMethodParameter().getParameterName(),
					messages.getMessage(error, locale())))));
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException exception) {
		return ResponseEntity.badRequest().body(invalidFields(exception.errors()));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = exception.getCause();
		if (RequestSizeLimit.exceeded(exception)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(RequestSizeLimit.problem(messages, locale()));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable(cause));
		problem.setTitle(text("shared.problem.title.unreadable"));
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			problem.setProperty("errors", List.of(fieldError(path(jackson), unreadable(cause))));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = exception.getPropertyName() == null ? text("shared.problem.aParameter") : exception.getPropertyName();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("shared.problem.invalidValue",
				shortened(String.valueOf(exception.getValue())), name, expected(exception.getRequiredType())));
		problem.setTitle(text("shared.problem.title.invalidParameter"));
		problem.setProperty("errors", List.of(fieldError(name, problem.getDetail())));
		return ResponseEntity.badRequest().body(problem);
	}

	/** A parameter naming a list entry or property that cannot exist (see {@link InputBinding}). */
	@ExceptionHandler({ InputBinding.NoSuchListEntry.class, org.springframework.beans.InvalidPropertyException.class,
			org.springframework.beans.BeanInstantiationException.class })
	ResponseEntity<ProblemDetail> parameterThatCannotExist(RuntimeException exception) {
		String field = exception instanceof InputBinding.NoSuchListEntry entry ? entry.field()
				: exception instanceof org.springframework.beans.InvalidPropertyException property
						? property.getPropertyName() : "?";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("shared.problem.noSuchParameter", shortened(field)));
		problem.setTitle(text("shared.problem.title.invalidParameter"));
		problem.setProperty("errors", List.of(fieldError(shortened(field), problem.getDetail())));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(PreconditionFailedException.class)
	ResponseEntity<ProblemDetail> stale(PreconditionFailedException exception) {
		boolean inBody = exception.versionField() != null;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, inBody
				? text("shared.problem.staleInBody", exception.versionField(), String.valueOf(exception.currentVersion()))
				: text("shared.problem.staleIfMatch", EntityVersions.etag(exception.currentVersion())));
		problem.setTitle(text("shared.problem.title.changedMeanwhile"));
		problem.setProperty("current", exception.current());
		if (inBody) {
			return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem);
		}
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
			.eTag(EntityVersions.etag(exception.currentVersion())).body(problem);
	}

	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class, OptimisticLockException.class })
	ResponseEntity<ProblemDetail> concurrentChange() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				text("shared.problem.concurrentChange"));
		problem.setTitle(text("shared.problem.title.changedMeanwhile"));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException exception) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				exception instanceof NotAllowedException refusal ? messages.getMessage(refusal, locale()) : exception.getMessage());
		problem.setTitle(text("shared.problem.title.notAllowed"));
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	/** Services say "this makes no sense for this record" with an IllegalArgumentException written for people. */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> refused(IllegalArgumentException exception) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
		problem.setTitle(text("shared.problem.title.notPossible"));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception exception) {
		// The standard MVC exceptions (404, 405, 415, missing parameters …) go to handleException, not here.
		log.error("API request failed", exception);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				text("shared.problem.internal"));
		problem.setTitle(text("shared.problem.title.internal"));
		return ResponseEntity.internalServerError().body(problem);
	}

	/**
	 * Every field error and global error of a validation, each with its field path and message in the request's
	 * language (errors rejected with a code of a bundle, or Bean Validation's interpolated message).
	 */
	public ProblemDetail invalidFields(Errors result) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.add(fieldError(error.getField(), messages.getMessage(error, locale())));
		}
		result.getGlobalErrors().forEach(error -> errors.add(fieldError("", messages.getMessage(error, locale()))));
		return invalid(errors);
	}

	private ProblemDetail invalid(List<Map<String, Object>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("shared.problem.invalidCount", errors.size()));
		problem.setTitle(text("shared.problem.title.invalid"));
		problem.setProperty("errors", errors);
		return problem;
	}

	private static Map<String, Object> fieldError(String field, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		return error;
	}

	/** What was wrong with the JSON, in the client's terms: which field, what it should have been. */
	private String unreadable(Throwable cause) {
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return text("shared.problem.unknownField", shortened(unknown.getPropertyName()), at(unknown),
					String.valueOf(unknown.getKnownPropertyIds()));
		}
		if (cause instanceof InvalidFormatException format) {
			return text("shared.problem.invalidJsonValue", shortened(String.valueOf(format.getValue())), at(format),
					expected(format.getTargetType()));
		}
		if (cause instanceof InvalidNullException nullValue) {
			return text("shared.problem.valueRequired", at(nullValue));
		}
		if (cause instanceof MismatchedInputException mismatch) {
			return mismatch.getTargetType() == null ? text("shared.problem.wrongShape", at(mismatch))
					: text("shared.problem.wrongType", at(mismatch), expected(mismatch.getTargetType()));
		}
		if (cause instanceof StreamReadException syntax) {
			return text("shared.problem.malformed", syntax.getLocation() == null ? ""
					: text("shared.problem.malformedAt", String.valueOf(syntax.getLocation().getLineNr()),
							String.valueOf(syntax.getLocation().getColumnNr())));
		}
		return text("shared.problem.missingBody");
	}

	private String at(JacksonException exception) {
		String path = path(exception);
		return path.isEmpty() ? "" : text("shared.problem.at", path);
	}

	/** A message of the bundles in the request's language; arguments are passed as text (no number formatting). */
	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments.length == 0 ? null : arguments, locale());
	}

	private static java.util.Locale locale() {
		return org.springframework.context.i18n.LocaleContextHolder.getLocale();
	}

	/** A path such as {@code items[3].value}. */
	private static String path(JacksonException exception) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : exception.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private String expected(Class<?> type) {
		if (type == null) {
			return "";
		}
		if (type.isEnum()) {
			return text("shared.problem.expected.oneOf", Arrays.toString(type.getEnumConstants()));
		}
		if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
			return text("shared.problem.expected.number");
		}
		if (type == Boolean.class || type == boolean.class) {
			return text("shared.problem.expected.boolean");
		}
		if (type.getName().startsWith("java.time.")) {
			return text(type.getSimpleName().equals("Instant") ? "shared.problem.expected.instant"
					: "shared.problem.expected.date");
		}
		if (type == String.class) {
			return text("shared.problem.expected.text");
		}
		if (List.class.isAssignableFrom(type) || type.isArray()) {
			return text("shared.problem.expected.list");
		}
		return text("shared.problem.expected.object");
	}

	private static String shortened(String text) {
		String clean = text == null ? "" : text.replace("\u0000", "");
		return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
	}
}
