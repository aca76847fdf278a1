package io.cyclewise.risk.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** An acceptance lasts at most a year from today, so every accepted risk is looked at again. */
@Component
class RiskAcceptanceValidator implements Validator {

	private final Clock clock;

	RiskAcceptanceValidator(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean supports(Class<?> type) {
		return RiskAcceptanceForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		LocalDate expiresOn = ((RiskAcceptanceForm) target).getExpiresOn();
		if (!errors.hasFieldErrors("expiresOn") && expiresOn != null
				&& expiresOn.isAfter(LocalDate.now(clock).plusDays(RiskAcceptanceForm.MAX_DAYS))) {
			errors.rejectValue("expiresOn", "risk.acceptance.expiresOn.tooLate");
		}
	}
}
