package io.cyclewise.gate.internal;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A decision's comment says something: at least a few words, not a tick (after Bean Validation). */
class GateDecisionValidator implements Validator {

	static final int MIN_COMMENT = 10;

	@Override
	public boolean supports(Class<?> type) {
		return GateDecisionForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		GateDecisionForm form = (GateDecisionForm) target;
		if (form.getComment() != null && !errors.hasFieldErrors("comment")
				&& form.getComment().trim().length() < MIN_COMMENT) {
			errors.rejectValue("comment", "gate.decision.comment.short", new Object[] { MIN_COMMENT }, null);
		}
	}
}
