package io.cyclewise.shared;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;

/**
 * The one place where a {@link DomainException} becomes a status: an API caller gets an RFC 9457 problem detail,
 * a page the portal's error page, both with the message in the person's language. Runs before {@link ApiProblems}
 * so the API's catch-all never sees a domain refusal.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DomainExceptionHandling {

	private final MessageSource messages;

	DomainExceptionHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> refused(DomainException exception, HandlerMethod handler, Locale locale,
			HttpServletResponse response) throws IOException {
		HttpStatus status = status(exception);
		String detail = messages.getMessage(exception, locale);
		if (handler == null || !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class)) {
			response.sendError(status.value(), detail);
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
		return ResponseEntity.status(status).body(problem);
	}

	static HttpStatus status(DomainException exception) {
		if (exception instanceof NotFoundException) {
			return HttpStatus.NOT_FOUND;
		}
		if (exception instanceof ConflictException) {
			return HttpStatus.CONFLICT;
		}
		return HttpStatus.BAD_REQUEST;
	}
}
