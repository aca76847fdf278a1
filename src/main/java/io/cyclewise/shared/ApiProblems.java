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
		return ResponseEntity.badRequest().body(invalidFields(exception.getBindingResult(), request.getLocale()));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = new ArrayList<>();
		exception.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
			.forEach(error -> errors.add(fieldError(
					result.getMethodParameter().getParameterName() == null ? "?" : result.getMethodParameter().getParameterName(),
					error.getDefaultMessage()))));
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException exception, java.util.Locale locale) {
		return ResponseEntity.badRequest().body(invalidFields(exception.errors(), locale));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = exception.getCause();
		if (RequestSizeLimit.exceeded(exception)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(RequestSizeLimit.problem());
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable(cause));
		problem.setTitle("Unreadable request body");
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			problem.setProperty("errors", List.of(fieldError(path(jackson), unreadable(cause))));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = exception.getPropertyName() == null ? "a parameter" : exception.getPropertyName();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"“" + shortened(String.valueOf(exception.getValue())) + "” is not a valid value for " + name + expected(
						exception.getRequiredType()) + ".");
		problem.setTitle("Invalid parameter");
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
				"The parameter “" + shortened(field) + "” does not exist; list parameters repeat the name instead "
						+ "(e.g. only=a&only=b).");
		problem.setTitle("Invalid parameter");
		problem.setProperty("errors", List.of(fieldError(shortened(field), problem.getDetail())));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(PreconditionFailedException.class)
	ResponseEntity<ProblemDetail> stale(PreconditionFailedException exception) {
		boolean inBody = exception.versionField() != null;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
				"Someone changed this record after you read it. Its current state and version are attached; apply "
						+ "your change to it and send it again with " + (inBody
								? exception.versionField() + ": " + exception.currentVersion()
								: "If-Match: " + EntityVersions.etag(exception.currentVersion())) + ".");
		problem.setTitle("Changed meanwhile");
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
				"Someone changed this record at the same moment; nothing of your request was stored. Read it again and retry.");
		problem.setTitle("Changed meanwhile");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException exception, java.util.Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				exception instanceof NotAllowedException refusal ? messages.getMessage(refusal, locale) : exception.getMessage());
		problem.setTitle("Not allowed");
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	/** Services say "this makes no sense for this record" with an IllegalArgumentException written for people. */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> refused(IllegalArgumentException exception) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
		problem.setTitle("Not possible for this record");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception exception) {
		// The standard MVC exceptions (404, 405, 415, missing parameters …) go to handleException, not here.
		log.error("API request failed", exception);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The portal could not finish this request. Nothing of it was stored; please try again, and tell an "
						+ "administrator if it keeps happening.");
		problem.setTitle("Internal error");
		return ResponseEntity.internalServerError().body(problem);
	}

	/**
	 * Every field error and global error of a validation, each with its field path and message; an error given as
	 * a code of a bundle (no default message) is said in the caller's language.
	 */
	ProblemDetail invalidFields(Errors result, java.util.Locale locale) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.add(fieldError(error.getField(), message(error, locale)));
		}
		result.getGlobalErrors().forEach(error -> errors.add(fieldError("", message(error, locale))));
		return invalid(errors);
	}

	private String message(org.springframework.context.MessageSourceResolvable error, java.util.Locale locale) {
		return error.getDefaultMessage() != null ? error.getDefaultMessage() : messages.getMessage(error, locale);
	}

	private static ProblemDetail invalid(List<Map<String, Object>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.size() == 1
				? "1 value is invalid; see errors." : errors.size() + " values are invalid; see errors.");
		problem.setTitle("Invalid input");
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
	private static String unreadable(Throwable cause) {
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return "Unknown field “" + shortened(unknown.getPropertyName()) + "”" + at(unknown) + "; known fields: "
					+ unknown.getKnownPropertyIds() + ".";
		}
		if (cause instanceof InvalidFormatException format) {
			return "“" + shortened(String.valueOf(format.getValue())) + "” is not a valid value" + at(format)
					+ expected(format.getTargetType()) + ".";
		}
		if (cause instanceof InvalidNullException nullValue) {
			return "A value is required" + at(nullValue) + ".";
		}
		if (cause instanceof MismatchedInputException mismatch) {
			return mismatch.getTargetType() == null ? "The body does not have the expected shape" + at(mismatch) + "."
					: "Wrong type of value" + at(mismatch) + expected(mismatch.getTargetType()) + ".";
		}
		if (cause instanceof StreamReadException syntax) {
			return "Malformed JSON" + (syntax.getLocation() == null ? ""
					: " at line " + syntax.getLocation().getLineNr() + ", column " + syntax.getLocation().getColumnNr())
					+ ": check quotes, commas and brackets.";
		}
		return "The request body is missing or is not JSON of the expected shape.";
	}

	private static String at(JacksonException exception) {
		String path = path(exception);
		return path.isEmpty() ? "" : " at " + path;
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

	private static String expected(Class<?> type) {
		if (type == null) {
			return "";
		}
		if (type.isEnum()) {
			return "; expected one of " + Arrays.toString(type.getEnumConstants());
		}
		if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
			return "; expected a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "; expected true or false";
		}
		if (type.getName().startsWith("java.time.")) {
			return "; expected an ISO date like 2026-01-31" + (type.getSimpleName().equals("Instant")
					? "T12:00:00Z" : "");
		}
		if (type == String.class) {
			return "; expected text";
		}
		if (List.class.isAssignableFrom(type) || type.isArray()) {
			return "; expected a list";
		}
		return "; expected an object";
	}

	private static String shortened(String text) {
		String clean = text == null ? "" : text.replace("\u0000", "");
		return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
	}
}
