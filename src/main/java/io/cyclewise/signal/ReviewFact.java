package io.cyclewise.signal;

import java.time.LocalDate;

/**
 * An initiative's review cadence and when it was last reviewed ({@code lastReviewedOn} is null if never).
 * {@code dueOn} is the last review (or the registration date) plus the cadence.
 */
public record ReviewFact(int cadenceDays, boolean defaultCadence, LocalDate lastReviewedOn, LocalDate dueOn) {

	/** Quarterly, when a lead has not set a cadence: most business units plan quarterly (the ML-based capability alignment study's pace example). */
	public static final int DEFAULT_CADENCE_DAYS = 90;

	public boolean overdueOn(LocalDate today) {
		return dueOn.isBefore(today);
	}

	/** Zero when not overdue. */
	public long daysOverdue(LocalDate today) {
		return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(dueOn, today));
	}
}
