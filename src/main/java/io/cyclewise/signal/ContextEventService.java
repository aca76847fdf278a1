package io.cyclewise.signal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.signal.event.ContextEvent;
import io.cyclewise.signal.event.ContextEventQueries;
import io.cyclewise.signal.event.ContextEventRepository;
import io.cyclewise.signal.event.EventImpact;
import io.cyclewise.signal.event.EventImpactRepository;
import io.cyclewise.signal.event.EventLinker;
import io.cyclewise.signal.support.FormDates;
import io.cyclewise.signal.support.Submissions;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * Context-change events (the ML-based capability alignment study): recording one links it, in SQL, to every initiative in its scope; each
 * affected initiative shows it until its lead acknowledges it with a response.
 */
@Service
@Transactional(readOnly = true)
public class ContextEventService {

	static final int MAX_USER_CONTEXTS = 20;
	static final int MIN_NO_IMPACT_REASON = 20;

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
			throw new AccessDeniedException("Project leads, executives and administrators record context changes.");
		}
	}

	/** Field checks that need the database or the user's role; the scope errors say what to change. */
	public void validate(ContextEventForm form, CurrentUser user, Errors errors) {
		Submissions.check(errors, form.getSubmissionId(),
				form.getSubmissionId() != null && events.existsBySubmissionId(form.getSubmissionId()));
		FormDates.withinAYear(errors, "occurredOn", form.getOccurredOn(), LocalDate.now(clock));
		if (form.getScope() == null || errors.hasFieldErrors("scope") || errors.hasFieldErrors("businessUnitIds")
				|| errors.hasFieldErrors("userContexts")) {
			return;
		}
		if (rejectInputForAnotherScope(form, errors)) {
			return;
		}
		EventScope scope = form.eventScope();
		switch (scope.kind()) {
			case ORGANIZATION -> {
			}
			case BUSINESS_UNITS -> {
				if (scope.businessUnitIds().isEmpty()) {
					errors.rejectValue("businessUnitIds", "empty", "Choose at least one business unit.");
					return;
				}
				if (businessUnits.findAll(scope.businessUnitIds()).size() != scope.businessUnitIds().size()) {
					errors.rejectValue("businessUnitIds", "unknown",
							"Choose business units from the list; one of them does not exist.");
					return;
				}
			}
			case USER_CONTEXTS -> {
				if (scope.userContexts().isEmpty()) {
					errors.rejectValue("userContexts", "empty", "Name at least one user context, e.g. Plant Lyon.");
					return;
				}
				if (scope.userContexts().size() > MAX_USER_CONTEXTS) {
					errors.rejectValue("userContexts", "tooMany", "Name at most " + MAX_USER_CONTEXTS + " user contexts.");
					return;
				}
				if (scope.userContexts().stream().anyMatch(context -> context.length() > 120)) {
					errors.rejectValue("userContexts", "tooLong", "Each user context has at most 120 characters.");
					return;
				}
			}
		}
		if (!mayRecord(user, scope)) {
			errors.rejectValue("scope", "forbidden", scopeRefusal(user, scope));
		}
	}

	/**
	 * Input typed for another scope is never dropped silently: it stays in the form, with an error asking to clear it
	 * (or to choose the scope it belongs to).
	 */
	private static boolean rejectInputForAnotherScope(ContextEventForm form, Errors errors) {
		boolean refused = false;
		String scopeName = switch (form.getScope()) {
			case ORGANIZATION -> "an organization-wide scope";
			case BUSINESS_UNITS -> "a business-unit scope";
			case USER_CONTEXTS -> "a user-context scope";
		};
		if (form.getScope() != ScopeKind.USER_CONTEXTS && form.getUserContexts() != null
				&& !form.getUserContexts().isBlank()) {
			errors.rejectValue("userContexts", "otherScope", "User contexts are ignored for " + scopeName
					+ ". Clear them, or choose the scope “" + ScopeKind.USER_CONTEXTS.label() + "”.");
			refused = true;
		}
		if (form.getScope() != ScopeKind.BUSINESS_UNITS && form.getBusinessUnitIds() != null
				&& form.getBusinessUnitIds().stream().anyMatch(java.util.Objects::nonNull)) {
			errors.rejectValue("businessUnitIds", "otherScope", "Business units are ignored for " + scopeName
					+ ". Untick them, or choose the scope “" + ScopeKind.BUSINESS_UNITS.label() + "”.");
			refused = true;
		}
		return refused;
	}

	private boolean mayRecord(CurrentUser user, EventScope scope) {
		boolean needsLedScope = !user.isAdmin() && user.has(Role.PROJECT_LEAD) && scope.kind() != ScopeKind.ORGANIZATION;
		return SignalPermissions.canRecordEvent(user, scope,
				needsLedScope ? queries.businessUnitsLedBy(user.username()) : Set.of(),
				needsLedScope ? queries.userContextsLedBy(user.username()) : Set.of());
	}

	private static String scopeRefusal(CurrentUser user, EventScope scope) {
		if (scope.kind() == ScopeKind.ORGANIZATION) {
			return "Only executives and administrators record organization-wide changes; choose business units or user contexts.";
		}
		if (!user.has(Role.PROJECT_LEAD)) {
			return "Executives record organization-wide changes; choose “The whole organization”.";
		}
		return scope.kind() == ScopeKind.BUSINESS_UNITS
				? "You can record changes only for business units in which you lead an initiative; ask an administrator for the others."
				: "You can record changes only for user contexts that an initiative you lead serves; ask an administrator for the others.";
	}

	/** @return the new event's id; the affected initiatives were linked in the same transaction */
	@Transactional
	public long record(ContextEventForm form, CurrentUser user) {
		EventScope scope = form.eventScope();
		if (!mayRecord(user, scope)) {
			throw new AccessDeniedException(scopeRefusal(user, scope));
		}
		Instant now = clock.instant();
		ContextEvent event = events.saveAndFlush(new ContextEvent(form.getKind(), form.getTitle().trim(),
				form.getDescription().trim(), form.getOccurredOn(), scope, user.username(), now,
				form.getSubmissionId()));
		List<Long> affected = linker.linkEvent(event.getId(), now);
		publisher.publishEvent(new SignalsChanged(new HashSet<>(affected)));
		publisher.publishEvent(new ContextChangeRecorded(event.getId(), event.getType(), event.getKind(),
				event.getTitle(), event.getOccurredOn(), new HashSet<>(affected)));
		return event.getId();
	}

	/** @throws ResponseStatusException 404 if there is no such event */
	public ContextEvent event(long eventId) {
		return events.findWithScopeById(eventId).orElseThrow(
				() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no context change " + eventId + "."));
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

	/** @throws ResponseStatusException 404 with a clear reason if the event does not affect the initiative */
	public EventImpact impact(long initiativeId, long eventId) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		ContextEvent event = event(eventId);
		return impacts.findByEventAndInitiative(eventId, initiativeId).orElseThrow(() -> new ResponseStatusException(
				HttpStatus.NOT_FOUND, "The context change “" + event.getTitle() + "” does not affect “"
						+ initiative.name() + "”, so there is nothing to acknowledge there. Nothing was changed."));
	}

	/** "No impact" is a judgement others review, so it needs a reason: at least a sentence, not a word. */
	public void validate(AcknowledgementForm form, Errors errors) {
		if (form.getOutcome() == AcknowledgementOutcome.NO_IMPACT && !errors.hasFieldErrors("response")
				&& (form.getResponse() == null || form.getResponse().trim().length() < MIN_NO_IMPACT_REASON
						|| !form.getResponse().trim().contains(" "))) {
			errors.rejectValue("response", "reason", "Say why the change has no impact on this initiative, in at least a "
					+ "sentence (" + MIN_NO_IMPACT_REASON + " characters); the reason is shown with the flags for review.");
		}
	}

	/**
	 * Records the lead's decision; the flag clears once the outcome has its evidence (see the risk rule).
	 * @throws StaleEditException if it was acknowledged meanwhile (a second tab, a double submit, another admin)
	 */
	@Transactional
	public void acknowledge(long initiativeId, long eventId, AcknowledgementForm form, CurrentUser user) {
		EventImpact impact = impact(initiativeId, eventId);
		if (!SignalPermissions.canRespondFor(user, initiatives.get(initiativeId))) {
			throw new AccessDeniedException("Only the initiative's lead or an administrator acknowledges a context change.");
		}
		if (impact.isAcknowledged()) {
			throw new StaleEditException(impact.getAcknowledgedBy(), impact.getAcknowledgedAt());
		}
		if (!Objects.equals(form.getVersion(), impact.getVersion())) {
			throw new StaleEditException("someone else", clock.instant());
		}
		impact.acknowledge(user.username(), clock.instant(), form.getOutcome(), form.getResponse().trim());
		impacts.saveAndFlush(impact);
		publisher.publishEvent(new SignalsChanged(Set.of(initiativeId)));
	}

	/**
	 * A risk officer (or administrator) marks a "no impact" acknowledgement as reviewed; the reason stays as written.
	 * @throws ResponseStatusException 404 for an unknown acknowledgement
	 * @throws IllegalArgumentException (409) if it is not a "no impact" acknowledgement or was reviewed already
	 */
	@Transactional
	public void markNoImpactReviewed(long impactId, CurrentUser user) {
		if (!SignalPermissions.canReviewNoImpact(user)) {
			throw new AccessDeniedException("Only risk officers and administrators review no-impact acknowledgements.");
		}
		EventImpact impact = impacts.findById(impactId).orElseThrow(() -> new ResponseStatusException(
				HttpStatus.NOT_FOUND, "There is no acknowledgement " + impactId + "."));
		if (impact.getOutcome() != AcknowledgementOutcome.NO_IMPACT) {
			throw new IllegalArgumentException("This is not a no-impact acknowledgement, so there is nothing to review.");
		}
		if (impact.getReviewedAt() != null) {
			throw new IllegalArgumentException("This acknowledgement was already reviewed by " + impact.getReviewedBy()
					+ ".");
		}
		impact.markReviewed(user.username(), clock.instant());
		impacts.saveAndFlush(impact);
	}

	/** Checked before the close form is judged, so someone who may not close gets 403 whatever they sent. */
	public ContextEvent requireCloser(long eventId, CurrentUser user) {
		ContextEvent event = event(eventId);
		if (!SignalPermissions.canClose(user, event.getRecordedBy())) {
			throw new AccessDeniedException("Only whoever recorded this change, or an administrator, closes it.");
		}
		return event;
	}

	/** No initiative is linked to a closed event any more; existing links and their acknowledgements stay. */
	@Transactional
	public void close(long eventId, CloseEventForm form, CurrentUser user) {
		ContextEvent event = requireCloser(eventId, user);
		if (!event.isOpen()) {
			throw new StaleEditException(event.getClosedBy(), event.getClosedAt());
		}
		if (!Objects.equals(form.getVersion(), event.getVersion())) {
			throw new StaleEditException("someone else", clock.instant());
		}
		event.close(user.username(), clock.instant(), form.getNote() == null || form.getNote().isBlank() ? null
				: form.getNote().trim());
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
