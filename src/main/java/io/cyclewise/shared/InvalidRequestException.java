package io.cyclewise.shared;

import org.springframework.validation.Errors;

/**
 * An API request whose fields broke a rule that only the service can check (e.g. an unknown user context or a
 * name that is taken): answered 400 with every field error, like a failed Bean Validation.
 */
public class InvalidRequestException extends RuntimeException {

	private final transient Errors errors;

	public InvalidRequestException(Errors errors) {
		super("Invalid request: " + errors.getErrorCount() + " problem(s)", null, false, false);
		this.errors = errors;
	}

	public Errors errors() {
		return errors;
	}
}
