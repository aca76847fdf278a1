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
			errors.rejectValue(field, "future", "The date cannot be in the future.");
		}
		else if (date.isBefore(EARLIEST)) {
			errors.rejectValue(field, "tooEarly", "Enter a date in or after 2000.");
		}
	}

	/** Context changes may be announced ahead (a regulation takes effect later), at most a year. */
	public static void withinAYear(Errors errors, String field, LocalDate date, LocalDate today) {
		if (date == null || errors.hasFieldErrors(field)) {
			return;
		}
		if (date.isAfter(today.plusYears(1))) {
			errors.rejectValue(field, "farFuture",
					"A context change can be recorded at most one year ahead (e.g. a regulation that takes effect later).");
		}
		else if (date.isBefore(EARLIEST)) {
			errors.rejectValue(field, "tooEarly", "Enter a date in or after 2000.");
		}
	}
}
