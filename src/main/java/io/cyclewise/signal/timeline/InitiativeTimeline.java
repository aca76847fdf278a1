package io.cyclewise.signal.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.cyclewise.initiative.InitiativeHistoryEntry;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.signal.ContextEventService;
import io.cyclewise.signal.MeasurementService;
import io.cyclewise.signal.ReviewService;
import io.cyclewise.signal.event.EventImpact;
import io.cyclewise.signal.measure.DataCheck;
import io.cyclewise.signal.measure.Observation;
import io.cyclewise.signal.review.Review;
import org.springframework.stereotype.Component;

/**
 * Merges one initiative's registry history, observations, data checks, context changes, acknowledgements and
 * reviews into one chronological list. Each source is already bounded per initiative; only the kinds asked for
 * are read.
 */
@Component
class InitiativeTimeline {

	private final InitiativeService initiatives;
	private final MeasurementService measurements;
	private final ContextEventService events;
	private final ReviewService reviews;
	private final Clock clock;

	InitiativeTimeline(InitiativeService initiatives, MeasurementService measurements, ContextEventService events,
			ReviewService reviews, Clock clock) {
		this.initiatives = initiatives;
		this.measurements = measurements;
		this.events = events;
		this.reviews = reviews;
		this.clock = clock;
	}

	List<TimelineEntry> of(long initiativeId, Collection<TimelineKind> kinds) {
		List<TimelineEntry> entries = new ArrayList<>();
		if (kinds.contains(TimelineKind.HISTORY)) {
			initiatives.history(initiativeId).forEach(change -> entries.add(history(change)));
		}
		if (kinds.contains(TimelineKind.OBSERVATION)) {
			measurements.observations(initiativeId).forEach(o -> entries.add(observation(o)));
		}
		if (kinds.contains(TimelineKind.DATA_CHECK)) {
			measurements.dataChecks(initiativeId).forEach(c -> entries.add(dataCheck(c)));
		}
		if (kinds.contains(TimelineKind.EVENT) || kinds.contains(TimelineKind.ACKNOWLEDGEMENT)) {
			for (EventImpact impact : events.impactsOn(initiativeId)) {
				String link = "/initiatives/" + initiativeId + "/events/" + impact.getEvent().getId();
				if (kinds.contains(TimelineKind.EVENT)) {
					entries.add(new TimelineEntry(impact.getEvent().getOccurredOn(), impact.getEvent().getRecordedAt(),
							TimelineKind.EVENT, impact.getEvent().getTitle(),
							impact.getEvent().getType().label() + ": " + impact.getEvent().getKind().label()
									+ (impact.getLinkedWhen() == EventImpact.LinkedWhen.ENTERED_SCOPE
											? " (linked when the initiative entered its scope)" : ""),
							impact.getEvent().getRecordedBy(), link));
				}
				if (kinds.contains(TimelineKind.ACKNOWLEDGEMENT) && impact.isAcknowledged()) {
					entries.add(new TimelineEntry(LocalDate.ofInstant(impact.getAcknowledgedAt(), clock.getZone()),
							impact.getAcknowledgedAt(), TimelineKind.ACKNOWLEDGEMENT,
							"Acknowledged “" + impact.getEvent().getTitle() + "”", impact.getResponse(),
							impact.getAcknowledgedBy(), link));
				}
			}
		}
		if (kinds.contains(TimelineKind.REVIEW)) {
			reviews.reviews(initiativeId).forEach(r -> entries.add(review(r, initiativeId)));
		}
		entries.sort(TimelineEntry.NEWEST_FIRST);
		return entries;
	}

	private TimelineEntry history(InitiativeHistoryEntry change) {
		String detail = change.fromDisplay() == null && change.toDisplay() == null ? null
				: (change.fromDisplay() == null ? "" : change.fromDisplay() + " → ") + change.toDisplay();
		if (change.reason() != null) {
			detail = (detail == null ? "" : detail + " — ") + change.reason();
		}
		return new TimelineEntry(LocalDate.ofInstant(change.changedAt(), clock.getZone()), change.changedAt(),
				TimelineKind.HISTORY, change.aspect().label(), detail, change.changedBy(), null);
	}

	private static TimelineEntry observation(Observation o) {
		return new TimelineEntry(o.getObservedOn(), o.getRecordedAt(), TimelineKind.OBSERVATION,
				o.getMetric() + " = " + o.getDisplayValue(),
				o.getUserContext() + " · " + o.getSource().label() + (o.getNote() == null ? "" : " — " + o.getNote()),
				o.getRecordedBy(), null);
	}

	private static TimelineEntry dataCheck(DataCheck c) {
		return new TimelineEntry(c.getCheckedOn(), c.getRecordedAt(), TimelineKind.DATA_CHECK,
				"Data check: " + c.getResult().label().toLowerCase()
						+ (c.getDriftScore() == null ? "" : " (drift score " + c.getDisplayDriftScore() + ")"),
				c.getMethod() + (c.getNote() == null ? "" : " — " + c.getNote()), c.getCheckedBy(), null);
	}

	private static TimelineEntry review(Review r, long initiativeId) {
		String detail = r.getDecisions() + (r.getReturnedToPhase() == null ? ""
				: " — returned from " + r.getPhaseAtReview().label() + " to " + r.getReturnedToPhase().label() + ": "
						+ r.getReturnReason());
		return new TimelineEntry(r.getReviewedOn(), r.getRecordedAt(), TimelineKind.REVIEW,
				"Review: " + r.getOutcome().label(), detail + " (participants: " + r.getParticipants() + ")",
				r.getRecordedBy(), "/initiatives/" + initiativeId + "/reviews");
	}
}
