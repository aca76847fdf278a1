package io.cyclewise.signal.measure;

import java.time.Clock;
import java.time.LocalDate;

import io.cyclewise.signal.DataCheckResult;
import io.cyclewise.signal.support.FormDates;
import io.cyclewise.signal.support.Submissions;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of a data check beyond Bean Validation: not in the future, no drift score without a check, and not
 * stored already. The same rules judge each item of a bulk import ({@link #check}).
 */
@Component
public class DataCheckValidator implements Validator {

	private final DataCheckRepository dataChecks;
	private final Clock clock;

	DataCheckValidator(DataCheckRepository dataChecks, Clock clock) {
		this.dataChecks = dataChecks;
		this.clock = clock;
	}

	@Override
	public boolean supports(Class<?> type) {
		return DataCheckForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		DataCheckForm form = (DataCheckForm) target;
		Submissions.check(errors, form.getSubmissionId(),
				form.getSubmissionId() != null && dataChecks.existsBySubmissionId(form.getSubmissionId()));
		check(form, LocalDate.now(clock), errors);
	}

	static void check(DataCheckForm form, LocalDate today, Errors errors) {
		FormDates.notInFuture(errors, "checkedOn", form.getCheckedOn(), today);
		if (form.getResult() == DataCheckResult.NOT_CHECKED && form.getDriftScore() != null
				&& !errors.hasFieldErrors("driftScore")) {
			errors.rejectValue("driftScore", "signal.dataCheck.driftScore.notChecked");
		}
	}
}
