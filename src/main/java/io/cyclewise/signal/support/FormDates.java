package io.cyclewise.signal.support;

import java.time.LocalDate;

import org.springframework.validation.Errors;

/** Date checks shared by the signal forms; messages appear next to the field. */
public final class FormDates {

	/** Nothing the portal records happened before this; older dates are typing mistakes (e.g. year 0202). */
	public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private FormDates() {
	}

	/** Observations, checks, reviews and acknowledgements describe what already happened. */
	public static void notInFuture(Errors errors, String field, LocalDate date, LocalDate today) {
		if (date == null || errors.hasFieldErrors(field)) {
			return;
		}
		if (date.isAfter(today)) {
			errors.rejectValue(field, "signal.date.future");
		}
		else if (date.isBefore(EARLIEST)) {
			errors.rejectValue(field, "signal.date.tooEarly");
		}
	}

	/** Context changes may be announced ahead (a regulation takes effect later), at most a year. */
	public static void withinAYear(Errors errors, String field, LocalDate date, LocalDate today) {
		if (date == null || errors.hasFieldErrors(field)) {
			return;
		}
		if (date.isAfter(today.plusYears(1))) {
			errors.rejectValue(field, "signal.date.farFuture");
		}
		else if (date.isBefore(EARLIEST)) {
			errors.rejectValue(field, "signal.date.tooEarly");
		}
	}
}
