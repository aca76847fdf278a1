package io.cyclewise.shared;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Bean Validation of an API request body on demand, after the caller's permission was checked (so a caller who may
 * not do something learns that first, not which of their fields are wrong). The errors are the same as a page's.
 */
@Component
public class RequestValidation {

	private final SpringValidatorAdapter validator;

	RequestValidation(Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** @return the errors, for the service's own checks to add to */
	public Errors validate(Object body, String name) {
		Errors errors = new BeanPropertyBindingResult(body, name);
		validator.validate(body, errors);
		return errors;
	}

	/** @throws InvalidRequestException listing every error, if there is one */
	public static void throwIfInvalid(Errors errors) {
		if (errors.hasErrors()) {
			throw new InvalidRequestException(errors);
		}
	}
}
