package io.cyclewise.risk.internal;

import io.cyclewise.risk.rule.RiskRules;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The flags filter names a rule by its key: an unknown key is an error, not an empty list. */
@Component
class FlagFilterValidator implements Validator {

	private final RiskRules rules;

	FlagFilterValidator(RiskRules rules) {
		this.rules = rules;
	}

	@Override
	public boolean supports(Class<?> type) {
		return FlagFilter.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		String rule = ((FlagFilter) target).getRule();
		if (rule != null && !errors.hasFieldErrors("rule") && rules.find(rule).isEmpty()) {
			errors.rejectValue("rule", "risk.flags.rule.unknown", new Object[] { rule }, null);
		}
	}
}
