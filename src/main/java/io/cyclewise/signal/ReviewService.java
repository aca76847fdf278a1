package io.cyclewise.signal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.signal.review.Review;
import io.cyclewise.signal.review.ReviewCadence;
import io.cyclewise.signal.review.ReviewCadenceRepository;
import io.cyclewise.signal.review.ReviewQueries;
import io.cyclewise.signal.review.ReviewRepository;
import io.cyclewise.signal.support.FormDates;
import io.cyclewise.signal.support.Submissions;
import io.cyclewise.user.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Sustaining alignment (the ML-based capability alignment study): reviews on a cadence; a review may return the initiative to an earlier
 * alignment phase, which {@link InitiativeService#returnToPhase} writes to its history with the reason.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

	private final ReviewRepository reviews;
	private final ReviewCadenceRepository cadences;
	private final ReviewQueries queries;
	private final InitiativeService initiatives;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	public ReviewService(ReviewRepository reviews, ReviewCadenceRepository cadences, ReviewQueries queries,
			InitiativeService initiatives, ApplicationEventPublisher events, Clock clock) {
		this.reviews = reviews;
		this.cadences = cadences;
		this.queries = queries;
		this.initiatives = initiatives;
		this.events = events;
		this.clock = clock;
	}

	/** @throws AccessDeniedException unless the user leads the initiative (or is an administrator) */
	public InitiativeSummary reviewable(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		if (!SignalPermissions.canRespondFor(user, initiative)) {
			throw new AccessDeniedException("Only the initiative's lead or an administrator records its reviews.");
		}
		return initiative;
	}

	public List<Review> reviews(long initiativeId) {
		return reviews.findTop200ByInitiativeIdOrderByReviewedOnDescIdDesc(initiativeId);
	}

	public Optional<ReviewQueries.Schedule> schedule(long initiativeId) {
		return queries.schedule(initiativeId);
	}

	public Optional<ReviewCadence> cadence(long initiativeId) {
		return cadences.findById(initiativeId);
	}

	public List<ReviewQueries.Schedule> overdue(String leadUsername) {
		return queries.overdue(LocalDate.now(clock), leadUsername);
	}

	/**
	 * The schedule and the latest reviews (at most 200, newest first), for the API; 404 for an unknown initiative.
	 * @param withReviews false for the schedule alone
	 */
	public ReviewScheduleResource resource(long initiativeId, boolean withReviews) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		ReviewQueries.Schedule schedule = queries.schedule(initiativeId).orElseThrow();
		return scheduleResource(schedule, initiative.version(), cadence(initiativeId).map(ReviewCadence::getVersion)
			.orElse(null), withReviews ? reviews(initiativeId).stream().map(ReviewResource::of).toList() : List.of());
	}

	/** Overdue reviews as the API lists them (without versions or reviews); {@code leadUsername} null for everyone's. */
	public List<ReviewScheduleResource> overdueResources(String leadUsername) {
		return overdue(leadUsername).stream().map(schedule -> scheduleResource(schedule, null, null, List.of())).toList();
	}

	private ReviewScheduleResource scheduleResource(ReviewQueries.Schedule schedule, Long initiativeVersion,
			Long cadenceVersion, List<ReviewResource> reviews) {
		LocalDate today = LocalDate.now(clock);
		ReviewFact fact = schedule.fact();
		return new ReviewScheduleResource(schedule.initiativeId(), schedule.name(), schedule.businessUnit(),
				schedule.leadUsername(), schedule.phase(), initiativeVersion, fact.cadenceDays(), fact.defaultCadence(),
				cadenceVersion, fact.lastReviewedOn(), fact.dueOn(), fact.overdueOn(today), fact.daysOverdue(today),
				reviews);
	}

	public ReviewResource reviewResource(long reviewId) {
		return ReviewResource.of(reviews.findById(reviewId).orElseThrow());
	}

	public void validate(InitiativeSummary initiative, ReviewForm form, Errors errors) {
		Submissions.check(errors, form.getSubmissionId(),
				form.getSubmissionId() != null && reviews.existsBySubmissionId(form.getSubmissionId()));
		FormDates.notInFuture(errors, "reviewedOn", form.getReviewedOn(), LocalDate.now(clock));
		if (form.getOutcome() != ReviewOutcome.RETURN_TO_EARLIER_PHASE) {
			if (form.getReturnToPhase() != null && !errors.hasFieldErrors("returnToPhase")) {
				errors.rejectValue("returnToPhase", "notReturning",
						"Choose the outcome “Return to an earlier alignment phase”, or leave the phase empty.");
			}
			return;
		}
		AlignmentPhase current = initiative.alignmentPhase();
		if (form.getReturnToPhase() == null) {
			if (!errors.hasFieldErrors("returnToPhase")) {
				errors.rejectValue("returnToPhase", "required", "Choose the phase to return to.");
			}
		}
		else if (form.getReturnToPhase().ordinal() >= current.ordinal()) {
			errors.rejectValue("returnToPhase", "notEarlier", "The initiative is in " + current.label()
					+ "; choose an earlier phase" + (current == AlignmentPhase.REINITIATING ? " (there is none)." : "."));
		}
		if ((form.getReturnReason() == null || form.getReturnReason().isBlank()) && !errors.hasFieldErrors("returnReason")) {
			errors.rejectValue("returnReason", "required", "Say why it returns; the reason goes into the initiative's history.");
		}
		if (!errors.hasErrors() && !Objects.equals(form.getInitiativeVersion(), initiative.version())) {
			errors.reject("stale", "The initiative was changed by " + initiative.updatedBy() + " meanwhile ("
					+ initiative.updatedAt() + "); it is now in " + current.label()
					+ ". Your input is kept; check the phase and submit again.");
			form.setInitiativeVersion(initiative.version());
		}
	}

	/** @return the new review's id; a phase return is stored in the same transaction */
	@Transactional
	public long record(long initiativeId, ReviewForm form, CurrentUser user) {
		InitiativeSummary initiative = reviewable(initiativeId, user);
		AlignmentPhase before = initiative.alignmentPhase();
		boolean returning = form.getOutcome() == ReviewOutcome.RETURN_TO_EARLIER_PHASE;
		if (returning) {
			if (!Objects.equals(form.getInitiativeVersion(), initiative.version())) {
				throw new StaleEditException(initiative.updatedBy(), initiative.updatedAt());
			}
			initiatives.returnToPhase(initiativeId, form.getReturnToPhase(),
					"Review of " + form.getReviewedOn() + ": " + form.getReturnReason().trim(), user);
		}
		Review review = reviews.saveAndFlush(new Review(initiativeId, form.getReviewedOn(),
				form.getParticipants().trim(), form.getOutcome(), form.getDecisions().trim(), before,
				returning ? form.getReturnToPhase() : null, returning ? form.getReturnReason().trim() : null,
				user.username(), clock.instant(), form.getSubmissionId()));
		events.publishEvent(new SignalsChanged(Set.of(initiativeId)));
		return review.getId();
	}

	/**
	 * @throws StaleEditException if someone set the cadence after the lead opened the form
	 */
	@Transactional
	public void setCadence(long initiativeId, CadenceForm form, CurrentUser user) {
		reviewable(initiativeId, user);
		Optional<ReviewCadence> stored = cadences.findById(initiativeId);
		Long seen = form.getVersion();
		if (!Objects.equals(seen, stored.map(ReviewCadence::getVersion).orElse(null))) {
			throw new StaleEditException(stored.map(ReviewCadence::getChangedBy).orElse("someone else"),
					stored.map(ReviewCadence::getChangedAt).orElse(clock.instant()));
		}
		ReviewCadence cadence = stored.orElseGet(() -> new ReviewCadence(initiativeId));
		Instant now = clock.instant();
		cadence.change(form.getCadenceDays(), user.username(), now);
		cadences.saveAndFlush(cadence);
		events.publishEvent(new SignalsChanged(Set.of(initiativeId)));
	}
}
