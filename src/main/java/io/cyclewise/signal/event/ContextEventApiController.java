package io.cyclewise.signal.event;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.shared.ApiPage;
import io.cyclewise.shared.EntityVersions;
import io.cyclewise.shared.InvalidRequestException;
import io.cyclewise.shared.RequestValidation;
import io.cyclewise.signal.AcknowledgementForm;
import io.cyclewise.signal.CloseEventForm;
import io.cyclewise.signal.ContextChangeType;
import io.cyclewise.signal.ContextEventForm;
import io.cyclewise.signal.ContextEventResource;
import io.cyclewise.signal.ContextEventService;
import io.cyclewise.signal.EventImpactResource;
import io.cyclewise.signal.SignalPermissions;
import io.cyclewise.signal.event.ContextEventQueries.PortfolioRow;
import io.cyclewise.signal.support.Submissions;
import io.cyclewise.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Context-change events in the API: the portfolio timeline's list and filters, recording (linked in SQL to every
 * initiative in scope, as from the page), closing, and each initiative's acknowledgements — through
 * {@link ContextEventService}, with the pages' forms and rules.
 */
@RestController
@Tag(name = "Context changes", description = "Context-change events, the initiatives they affect, and the leads' acknowledgements")
class ContextEventApiController {

	private final ContextEventService service;
	private final InitiativeService initiatives;
	private final BusinessUnits businessUnits;
	private final RequestValidation validation;

	ContextEventApiController(ContextEventService service, InitiativeService initiatives,
			BusinessUnits businessUnits, RequestValidation validation) {
		this.service = service;
		this.initiatives = initiatives;
		this.businessUnits = businessUnits;
		this.validation = validation;
	}

	@GetMapping("/api/v1/events")
	@Operation(summary = "List context changes", description = "Newest first (by the date it happened), with how many "
			+ "initiatives each affects and how many still owe an acknowledgement. The timeline page's filters: type, "
			+ "status (open or closed), unit (a business unit id); paging: page from 0, size 1–100. An invalid filter "
			+ "is an error here, not ignored.")
	ApiPage<PortfolioRow> list(@RequestParam(required = false) ContextChangeType type,
			@RequestParam(required = false) String status, @RequestParam(required = false) Long unit,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Errors errors = new MapBindingResult(new HashMap<>(), "filter");
		Boolean open = switch (status == null ? "" : status) {
			case "" -> null;
			case "open" -> true;
			case "closed" -> false;
			default -> {
				errors.rejectValue("status", "invalid", "Choose open or closed.");
				yield null;
			}
		};
		if (unit != null && !businessUnits.exists(unit)) {
			errors.rejectValue("unit", "unknown", "There is no business unit " + unit + ".");
		}
		if (page < 0) {
			errors.rejectValue("page", "invalid", "Pages start at 0.");
		}
		if (size < 1 || size > 100) {
			errors.rejectValue("size", "invalid", "Choose 1 to 100 events per page.");
		}
		RequestValidation.throwIfInvalid(errors);
		return ApiPage.of(service.portfolio(type, open, unit,
				PageRequest.of(Math.min(page, Integer.MAX_VALUE / size), size)), row -> row);
	}

	@GetMapping("/api/v1/events/{eventId}")
	@Operation(summary = "Read a context change", description = "With every initiative it is linked to and its "
			+ "acknowledgement (at, by, response). The ETag header and version field hold its version, which closing "
			+ "sends back.")
	ResponseEntity<ContextEventResource> read(@PathVariable long eventId) {
		ContextEventResource event = service.resource(eventId);
		return ResponseEntity.ok().eTag(EntityVersions.etag(event.version())).body(event);
	}

	@PostMapping("/api/v1/events")
	@Operation(summary = "Record a context change", description = "Project leads (for business units or user contexts "
			+ "of initiatives they lead), executives (organization-wide) and administrators. The fields of the page's "
			+ "form; userContexts is one text, separated by commas or new lines. Send a submissionId (a UUID made once "
			+ "per change) to make retries safe: a second request with it stores nothing. The event is linked to every "
			+ "initiative in its scope in the same transaction.")
	ResponseEntity<ContextEventResource> record(@RequestBody ContextEventForm form, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		service.mayOpenEventForm(user);
		if (form.getSubmissionId() == null) {
			form.setSubmissionId(UUID.randomUUID());
		}
		Errors errors = validation.validate(form, "event");
		service.validate(form, user, errors);
		RequestValidation.throwIfInvalid(errors);
		long id;
		try {
			id = service.record(form, user);
		}
		catch (DataIntegrityViolationException race) {
			if (!Submissions.isDuplicate(race)) {
				throw race;
			}
			Submissions.duplicate(errors);
			throw new InvalidRequestException(errors);
		}
		ContextEventResource event = service.resource(id);
		return ResponseEntity.created(URI.create("/api/v1/events/" + id))
			.eTag(EntityVersions.etag(event.version())).body(event);
	}

	@PostMapping("/api/v1/events/{eventId}/close")
	@Operation(summary = "Close a context change", description = "Whoever recorded it, or an administrator. Body: "
			+ "note (optional) and version (as read); a stale version gets 412 with the current event, a missing one "
			+ "428. Initiatives entering its scope later are no longer linked; existing links and acknowledgements stay.")
	ContextEventResource close(@PathVariable long eventId, @RequestBody CloseEventForm form,
			Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		ContextEvent event = service.requireCloser(eventId, user);
		EntityVersions.requireCurrentField(form.getVersion(), "version", event.getVersion(),
				() -> service.resource(eventId));
		Errors errors = validation.validate(form, "close");
		RequestValidation.throwIfInvalid(errors);
		try {
			service.close(eventId, form, user);
		}
		catch (StaleEditException closed) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "This context change was already closed by "
					+ closed.getChangedBy() + " (" + closed.getChangedAt() + "); nothing was changed.");
		}
		return service.resource(eventId);
	}

	@GetMapping("/api/v1/initiatives/{id}/events")
	@Operation(summary = "List the context changes affecting an initiative", description = "Newest first, each with "
			+ "its acknowledgement state and the version an acknowledgement sends back.")
	List<EventImpactResource> impacts(@PathVariable long id) {
		return service.impactResources(id);
	}

	@PostMapping("/api/v1/initiatives/{id}/events/{eventId}/acknowledge")
	@Operation(summary = "Acknowledge a context change for an initiative", description = "The initiative's lead or an "
			+ "administrator. Body: outcome (RETRAINED_OR_RECALIBRATED, NO_IMPACT or RETURNED_TO_EARLIER_PHASE), response "
			+ "(how the initiative responds; for NO_IMPACT the reason, at least a sentence) and version (as listed). The "
			+ "risk flag clears only once the outcome has its evidence: an observation or data check (retrained) or a "
			+ "review that returned the initiative to an earlier phase (returned), dated on or after the change. A stale version "
			+ "gets 412 with the current state, a missing one 428, an acknowledgement already given 409.")
	EventImpactResource acknowledge(@PathVariable long id, @PathVariable long eventId,
			@RequestBody AcknowledgementForm form, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		EventImpact impact = service.impact(id, eventId);
		if (!SignalPermissions.canRespondFor(user, initiatives.get(id))) {
			throw new AccessDeniedException("Only the initiative's lead or an administrator acknowledges a context change.");
		}
		if (impact.isAcknowledged()) {
			throw alreadyAcknowledged(impact.getAcknowledgedBy(), String.valueOf(impact.getAcknowledgedAt()));
		}
		EntityVersions.requireCurrentField(form.getVersion(), "version", impact.getVersion(),
				() -> service.impactResource(id, eventId));
		Errors errors = validation.validate(form, "acknowledgement");
		service.validate(form, errors);
		RequestValidation.throwIfInvalid(errors);
		try {
			service.acknowledge(id, eventId, form, user);
		}
		catch (StaleEditException stale) {
			throw alreadyAcknowledged(stale.getChangedBy(), String.valueOf(stale.getChangedAt()));
		}
		return service.impactResource(id, eventId);
	}

	private static ResponseStatusException alreadyAcknowledged(String by, String at) {
		return new ResponseStatusException(HttpStatus.CONFLICT, "This context change was already acknowledged for "
				+ "this initiative by " + by + " (" + at + "); nothing was stored.");
	}
}
