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
import io.cyclewise.shared.NotAllowedException;
import io.cyclewise.signal.review.Review;
import io.cyclewise.signal.review.ReviewCadence;
import io.cyclewise.signal.review.ReviewCadenceRepository;
import io.cyclewise.signal.review.ReviewQueries;
import io.cyclewise.signal.review.ReviewRepository;
import io.cyclewise.user.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	/** @throws NotAllowedException unless the user leads the initiative (or is an administrator) */
	public InitiativeSummary reviewable(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		if (!SignalPermissions.canRespondFor(user, initiative)) {
			throw new NotAllowedException("signal.review.notAllowed");
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

	/** @return the new review's id; a phase return is stored in the same transaction */
	@Transactional
	public long record(long initiativeId, NewReview review, CurrentUser user) {
		InitiativeSummary initiative = reviewable(initiativeId, user);
		AlignmentPhase before = initiative.alignmentPhase();
		boolean returning = review.outcome() == ReviewOutcome.RETURN_TO_EARLIER_PHASE;
		if (returning) {
			if (!Objects.equals(review.initiativeVersion(), initiative.version())) {
				throw new StaleEditException(initiative.updatedBy(), initiative.updatedAt());
			}
			// The initiative's history is one record in the portal's language of record (English), as before.
			initiatives.returnToPhase(initiativeId, review.returnToPhase(),
					"Review of " + review.reviewedOn() + ": " + review.returnReason().trim(), user);
		}
		Review stored = reviews.saveAndFlush(new Review(initiativeId, review.reviewedOn(),
				review.participants().trim(), review.outcome(), review.decisions().trim(), before,
				returning ? review.returnToPhase() : null, returning ? review.returnReason().trim() : null,
				user.username(), clock.instant(), review.submissionId()));
		events.publishEvent(new SignalsChanged(Set.of(initiativeId)));
		return stored.getId();
	}

	/**
	 * @throws StaleEditException if someone set the cadence after the lead opened the form
	 */
	@Transactional
	public void setCadence(long initiativeId, CadenceChange change, CurrentUser user) {
		reviewable(initiativeId, user);
		Optional<ReviewCadence> stored = cadences.findById(initiativeId);
		Long seen = change.version();
		if (!Objects.equals(seen, stored.map(ReviewCadence::getVersion).orElse(null))) {
			throw new StaleEditException(stored.map(ReviewCadence::getChangedBy).orElse("someone else"),
					stored.map(ReviewCadence::getChangedAt).orElse(clock.instant()));
		}
		ReviewCadence cadence = stored.orElseGet(() -> new ReviewCadence(initiativeId));
		Instant now = clock.instant();
		cadence.change(change.cadenceDays(), user.username(), now);
		cadences.saveAndFlush(cadence);
		events.publishEvent(new SignalsChanged(Set.of(initiativeId)));
	}
}
