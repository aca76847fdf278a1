package io.cyclewise.risk.internal;

import java.math.BigDecimal;
import java.util.Map;

import io.cyclewise.risk.Threshold;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The thresholds form as typed (threshold name → text): each value a number within its threshold's range. The form's
 * fields are named after the thresholds, so the target is the map of texts (a MapBindingResult), not a form class.
 */
@Component
class ThresholdValuesValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return Map.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		Map<?, ?> typed = (Map<?, ?>) target;
		for (Threshold threshold : Threshold.values()) {
			String name = threshold.name();
			BigDecimal value = parse(typed.get(name));
			if (value == null) {
				errors.rejectValue(name, "risk.thresholds.notANumber",
						new Object[] { threshold.defaultValue().toPlainString() }, null);
			}
			else if (!threshold.accepts(value)) {
				errors.rejectValue(name, "risk.thresholds.outOfRange",
						new Object[] { new DefaultMessageSourceResolvable(threshold.labelCode()),
								threshold.minimum().toPlainString(), threshold.maximum().toPlainString(),
								new DefaultMessageSourceResolvable(threshold.unitCode()) },
						null);
			}
		}
	}

	static BigDecimal parse(Object text) {
		try {
			return text == null ? null : new BigDecimal(text.toString().trim());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
