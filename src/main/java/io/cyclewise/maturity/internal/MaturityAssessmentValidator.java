package io.cyclewise.maturity.internal;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** An assessment rates each of the six components exactly once (the form's hidden fields say which). */
class MaturityAssessmentValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return MaturityAssessmentForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (!errors.hasErrors() && !((MaturityAssessmentForm) target).coversEveryComponentOnce()) {
			errors.reject("maturity.record.incomplete");
		}
	}
}
