package io.cyclewise.regulation.internal;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The classification's rules beyond Bean Validation: answers that contradict each other or the stated tier
 * ({@link ClassificationRules#contradictions}), and a reasoning that says something once spaces are left out. The
 * page registers it for {@code @Valid}; the API runs it after the permission check.
 */
public class AiActClassificationValidator implements Validator {

	public static final int MIN_REASONING = 20;

	@Override
	public boolean supports(Class<?> type) {
		return AiActClassificationForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		AiActClassificationForm form = (AiActClassificationForm) target;
		ClassificationRules.contradictions(form.answers(), form.getStatedTier()).forEach((field, message) -> {
			if (errors.getFieldErrorCount(field) == 0) {
				errors.rejectValue(field, message.getCodes()[0], message.getArguments(), null);
			}
		});
		// Spaces do not explain anything: the reasoning is stored without them.
		if (form.getReasoning() != null && form.getReasoning().strip().length() < MIN_REASONING
				&& errors.getFieldErrorCount("reasoning") == 0) {
			errors.rejectValue("reasoning", "regulation.reasoning.tooShort");
		}
	}
}
