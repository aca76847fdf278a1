package io.cyclewise.signal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.shared.ConflictException;
import io.cyclewise.shared.NotAllowedException;
import io.cyclewise.shared.NotFoundException;
import io.cyclewise.signal.event.ContextEvent;
import io.cyclewise.signal.event.ContextEventQueries;
import io.cyclewise.signal.event.ContextEventRepository;
import io.cyclewise.signal.event.EventImpact;
import io.cyclewise.signal.event.EventImpactRepository;
import io.cyclewise.signal.event.EventLinker;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Context-change events (the ML-based capability alignment study): recording one links it, in SQL, to every initiative in its scope; each
 * affected initiative shows it until its lead acknowledges it with a response.
 */
@Service
@Transactional(readOnly = true)
public class ContextEventService {


	private final ContextEventRepository events;
	private final EventImpactRepository impacts;
	private final EventLinker linker;
	private final ContextEventQueries queries;
	private final BusinessUnits businessUnits;
	private final InitiativeService initiatives;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	public ContextEventService(ContextEventRepository events, EventImpactRepository impacts, EventLinker linker,
			ContextEventQueries queries, BusinessUnits businessUnits, InitiativeService initiatives,
			ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.impacts = impacts;
		this.linker = linker;
		this.queries = queries;
		this.businessUnits = businessUnits;
		this.initiatives = initiatives;
		this.publisher = publisher;
		this.clock = clock;
	}

	public void mayOpenEventForm(CurrentUser user) {
		if (!SignalPermissions.canRecordSomeEvent(user)) {
			throw new NotAllowedException("signal.event.recordNotAllowed");
		}
	}

	/** @throws NotAllowedException unless the user leads the initiative (or is an administrator) */
	public void requireResponder(long initiativeId, CurrentUser user) {
		if (!SignalPermissions.canRespondFor(user, initiatives.get(initiativeId))) {
			throw new NotAllowedException("signal.acknowledgement.notAllowed");
		}
	}

	/** Whether the user may record an event of this scope ("for their initiatives", see {@link SignalPermissions}). */
	public boolean mayRecord(CurrentUser user, EventScope scope) {
		boolean needsLedScope = !user.isAdmin() && user.has(Role.PROJECT_LEAD) && scope.kind() != ScopeKind.ORGANIZATION;
		return SignalPermissions.canRecordEvent(user, scope,
				needsLedScope ? queries.businessUnitsLedBy(user.username()) : Set.of(),
				needsLedScope ? queries.userContextsLedBy(user.username()) : Set.of());
	}

	/** The message code that says why the user may not record an event of this scope. */
	public static String scopeRefusal(CurrentUser user, EventScope scope) {
		if (scope.kind() == ScopeKind.ORGANIZATION) {
			return "signal.event.scope.organizationNotAllowed";
		}
		if (!user.has(Role.PROJECT_LEAD)) {
			return "signal.event.scope.executivesOrganization";
		}
		return scope.kind() == ScopeKind.BUSINESS_UNITS ? "signal.event.scope.unitsNotLed"
				: "signal.event.scope.contextsNotLed";
	}

	/** @return the new event's id; the affected initiatives were linked in the same transaction */
	@Transactional
	public long record(NewContextEvent change, CurrentUser user) {
		EventScope scope = change.scope();
		if (!mayRecord(user, scope)) {
			throw new NotAllowedException(scopeRefusal(user, scope));
		}
		Instant now = clock.instant();
		ContextEvent event = events.saveAndFlush(new ContextEvent(change.kind(), change.title().trim(),
				change.description().trim(), change.occurredOn(), scope, user.username(), now,
				change.submissionId()));
		List<Long> affected = linker.linkEvent(event.getId(), now);
		publisher.publishEvent(new SignalsChanged(new HashSet<>(affected)));
		publisher.publishEvent(new ContextChangeRecorded(event.getId(), event.getType(), event.getKind(),
				event.getTitle(), event.getOccurredOn(), new HashSet<>(affected)));
		return event.getId();
	}

	/** @throws NotFoundException if there is no such event */
	public ContextEvent event(long eventId) {
		return events.findWithScopeById(eventId)
			.orElseThrow(() -> new NotFoundException("signal.event.notFound", String.valueOf(eventId)));
	}

	/** The event a form (or an integration's name-based id) recorded, if any. */
	public java.util.Optional<ContextEvent> eventOfSubmission(java.util.UUID submissionId) {
		return events.findBySubmissionId(submissionId);
	}

	public List<ContextEventQueries.AffectedInitiative> affected(long eventId) {
		return queries.affected(eventId);
	}

	/** Open and acknowledged events of one initiative, newest first. */
	public List<EventImpact> impactsOn(long initiativeId) {
		return impacts.findByInitiative(initiativeId);
	}

	/** @throws NotFoundException with a clear reason if the event does not affect the initiative */
	public EventImpact impact(long initiativeId, long eventId) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		ContextEvent event = event(eventId);
		return impacts.findByEventAndInitiative(eventId, initiativeId).orElseThrow(
				() -> new NotFoundException("signal.impact.notFound", event.getTitle(), initiative.name()));
	}

	/**
	 * Records the lead's decision; the flag clears once the outcome has its evidence (see the risk rule).
	 * @throws StaleEditException if it was acknowledged meanwhile (a second tab, a double submit, another admin)
	 */
	@Transactional
	public void acknowledge(long initiativeId, long eventId, Acknowledgement acknowledgement, CurrentUser user) {
		EventImpact impact = impact(initiativeId, eventId);
		requireResponder(initiativeId, user);
		if (impact.isAcknowledged()) {
			throw new StaleEditException(impact.getAcknowledgedBy(), impact.getAcknowledgedAt());
		}
		if (!Objects.equals(acknowledgement.version(), impact.getVersion())) {
			throw new StaleEditException("someone else", clock.instant());
		}
		impact.acknowledge(user.username(), clock.instant(), acknowledgement.outcome(),
				acknowledgement.response().trim());
		impacts.saveAndFlush(impact);
		publisher.publishEvent(new SignalsChanged(Set.of(initiativeId)));
	}

	/**
	 * A risk officer (or administrator) marks a "no impact" acknowledgement as reviewed; the reason stays as written.
	 * @throws NotFoundException for an unknown acknowledgement
	 * @throws ConflictException if it is not a "no impact" acknowledgement or was reviewed already
	 */
	@Transactional
	public void markNoImpactReviewed(long impactId, CurrentUser user) {
		if (!SignalPermissions.canReviewNoImpact(user)) {
			throw new NotAllowedException("signal.acknowledgement.reviewNotAllowed");
		}
		EventImpact impact = impacts.findById(impactId).orElseThrow(
				() -> new NotFoundException("signal.acknowledgement.notFound", String.valueOf(impactId)));
		if (impact.getOutcome() != AcknowledgementOutcome.NO_IMPACT) {
			throw new ConflictException("signal.acknowledgement.notNoImpact");
		}
		if (impact.getReviewedAt() != null) {
			throw new ConflictException("signal.acknowledgement.alreadyReviewed", impact.getReviewedBy());
		}
		impact.markReviewed(user.username(), clock.instant());
		impacts.saveAndFlush(impact);
	}

	/** Checked before the close form is judged, so someone who may not close gets 403 whatever they sent. */
	public ContextEvent requireCloser(long eventId, CurrentUser user) {
		ContextEvent event = event(eventId);
		if (!SignalPermissions.canClose(user, event.getRecordedBy())) {
			throw new NotAllowedException("signal.event.closeNotAllowed");
		}
		return event;
	}

	/** No initiative is linked to a closed event any more; existing links and their acknowledgements stay. */
	@Transactional
	public void close(long eventId, EventClosing closing, CurrentUser user) {
		ContextEvent event = requireCloser(eventId, user);
		if (!event.isOpen()) {
			throw new StaleEditException(event.getClosedBy(), event.getClosedAt());
		}
		if (!Objects.equals(closing.version(), event.getVersion())) {
			throw new StaleEditException("someone else", clock.instant());
		}
		event.close(user.username(), clock.instant(), closing.note() == null || closing.note().isBlank() ? null
				: closing.note().trim());
		events.saveAndFlush(event);
		publisher.publishEvent(new SignalsChanged(new HashSet<>(impacts.findInitiativeIdsOfEvent(eventId))));
	}

	/** An initiative was registered or moved into another unit or user context: link the open events now covering it. */
	@Transactional
	public void linkOpenEventsTo(long initiativeId) {
		List<Long> linked = linker.linkInitiative(initiativeId, clock.instant());
		if (!linked.isEmpty()) {
			publisher.publishEvent(new SignalsChanged(Set.of(initiativeId)));
		}
	}

	/** The event with its linked initiatives, for the API; built here, where its lazy scope can still be read. */
	public ContextEventResource resource(long eventId) {
		ContextEvent event = event(eventId);
		List<String> unitNames = businessUnits.findAll(event.getBusinessUnitIds()).stream()
			.map(BusinessUnitSummary::name).sorted().toList();
		return ContextEventResource.of(event, unitNames, affected(eventId));
	}

	/** The portfolio timeline's rows, one page at a time, newest first. */
	public Page<ContextEventQueries.PortfolioRow> portfolio(ContextChangeType type, Boolean open, Long businessUnitId,
			Pageable pageable) {
		return new PageImpl<>(queries.portfolio(type, open, businessUnitId, pageable.getOffset(), pageable.getPageSize()),
				pageable, queries.portfolioCount(type, open, businessUnitId));
	}

	/** Every event linked to the initiative, newest first, with its acknowledgement; 404 for an unknown initiative. */
	public List<EventImpactResource> impactResources(long initiativeId) {
		initiatives.get(initiativeId);
		return impacts.findByInitiative(initiativeId).stream().map(EventImpactResource::of).toList();
	}

	public EventImpactResource impactResource(long initiativeId, long eventId) {
		return EventImpactResource.of(impact(initiativeId, eventId));
	}

	public List<ContextEventQueries.PortfolioRow> portfolio(ContextChangeType type, Boolean open, Long businessUnitId) {
		return queries.portfolio(type, open, businessUnitId);
	}

	public List<String> knownUserContexts() {
		return queries.knownUserContexts();
	}
}
