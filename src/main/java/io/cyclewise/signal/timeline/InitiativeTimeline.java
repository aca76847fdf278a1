package io.cyclewise.signal.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import io.cyclewise.initiative.InitiativeHistoryEntry;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.shared.Terms;
import io.cyclewise.signal.ContextEventService;
import io.cyclewise.signal.MeasurementService;
import io.cyclewise.signal.ReviewService;
import io.cyclewise.signal.event.EventImpact;
import io.cyclewise.signal.measure.DataCheck;
import io.cyclewise.signal.measure.Observation;
import io.cyclewise.signal.review.Review;
import org.springframework.context.i18n.LocaleContextHolder;
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
	private final Terms terms;
	private final Clock clock;

	InitiativeTimeline(InitiativeService initiatives, MeasurementService measurements, ContextEventService events,
			ReviewService reviews, Terms terms, Clock clock) {
		this.initiatives = initiatives;
		this.measurements = measurements;
		this.events = events;
		this.reviews = reviews;
		this.terms = terms;
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
							terms.label(impact.getEvent().getType()) + ": " + terms.label(impact.getEvent().getKind())
									+ (impact.getLinkedWhen() == EventImpact.LinkedWhen.ENTERED_SCOPE
											? terms.message("signal.timeline.enteredScope") : ""),
							impact.getEvent().getRecordedBy(), link));
				}
				if (kinds.contains(TimelineKind.ACKNOWLEDGEMENT) && impact.isAcknowledged()) {
					entries.add(new TimelineEntry(LocalDate.ofInstant(impact.getAcknowledgedAt(), clock.getZone()),
							impact.getAcknowledgedAt(), TimelineKind.ACKNOWLEDGEMENT,
							terms.message("signal.timeline.acknowledged", impact.getEvent().getTitle()), impact.getResponse(),
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
		Locale locale = LocaleContextHolder.getLocale();
		String from = change.fromDisplay(terms, locale);
		String to = change.toDisplay(terms, locale);
		String detail = from == null && to == null ? null : (from == null ? "" : from + " → ") + to;
		if (change.reason() != null) {
			detail = (detail == null ? "" : detail + " — ") + change.reason();
		}
		return new TimelineEntry(LocalDate.ofInstant(change.changedAt(), clock.getZone()), change.changedAt(),
				TimelineKind.HISTORY, terms.label(change.aspect()), detail, change.changedBy(), null);
	}

	private TimelineEntry observation(Observation o) {
		return new TimelineEntry(o.getObservedOn(), o.getRecordedAt(), TimelineKind.OBSERVATION,
				o.getMetric() + " = " + o.getDisplayValue(),
				o.getUserContext() + " · " + terms.label(o.getSource()) + (o.getNote() == null ? "" : " — " + o.getNote()),
				o.getRecordedBy(), null);
	}

	private TimelineEntry dataCheck(DataCheck c) {
		String result = terms.message("signal.dataCheck.recorded." + c.getResult().name());
		return new TimelineEntry(c.getCheckedOn(), c.getRecordedAt(), TimelineKind.DATA_CHECK,
				c.getDriftScore() == null ? terms.message("signal.timeline.dataCheck", result)
						: terms.message("signal.timeline.dataCheckWithDrift", result, c.getDisplayDriftScore()),
				c.getMethod() + (c.getNote() == null ? "" : " — " + c.getNote()), c.getCheckedBy(), null);
	}

	private TimelineEntry review(Review r, long initiativeId) {
		String detail = r.getDecisions() + (r.getReturnedToPhase() == null ? ""
				: terms.message("signal.timeline.returned", terms.label(r.getPhaseAtReview()),
						terms.label(r.getReturnedToPhase()), r.getReturnReason()));
		return new TimelineEntry(r.getReviewedOn(), r.getRecordedAt(), TimelineKind.REVIEW,
				terms.message("signal.timeline.review", terms.label(r.getOutcome())),
				detail + terms.message("signal.timeline.participants", r.getParticipants()),
				r.getRecordedBy(), "/initiatives/" + initiativeId + "/reviews");
	}
}
