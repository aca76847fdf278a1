package io.cyclewise.signal.event;

import io.cyclewise.signal.AcknowledgementOutcome;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** "No impact" is a judgement others review, so it needs a reason: at least a sentence, not a word. */
@Component
class AcknowledgementValidator implements Validator {

	static final int MIN_NO_IMPACT_REASON = 20;

	@Override
	public boolean supports(Class<?> type) {
		return AcknowledgementForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		AcknowledgementForm form = (AcknowledgementForm) target;
		if (form.getOutcome() == AcknowledgementOutcome.NO_IMPACT && !errors.hasFieldErrors("response")
				&& (form.getResponse() == null || form.getResponse().trim().length() < MIN_NO_IMPACT_REASON
						|| !form.getResponse().trim().contains(" "))) {
			errors.rejectValue("response", "signal.acknowledgement.response.noReason",
					new Object[] { String.valueOf(MIN_NO_IMPACT_REASON) }, null);
		}
	}
}
