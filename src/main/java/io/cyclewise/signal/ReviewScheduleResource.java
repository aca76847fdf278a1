package io.cyclewise.signal;

import java.time.LocalDate;
import java.util.List;

import io.cyclewise.initiative.AlignmentPhase;

/**
 * An initiative's review schedule in the API: cadence (the default until a lead sets one), last review, due date.
 * {@code cadenceVersion} is what setting the cadence sends back ({@code null} while the default applies);
 * {@code initiativeVersion} is what a review returning the initiative to an earlier phase sends back (not in
 * lists).
 */
public record ReviewScheduleResource(long initiativeId, String name, String businessUnit, String leadUsername,
		AlignmentPhase phase, Long initiativeVersion, int cadenceDays, boolean defaultCadence, Long cadenceVersion,
		LocalDate lastReviewedOn, LocalDate dueOn, boolean overdue, long daysOverdue, List<ReviewResource> reviews) {
}
