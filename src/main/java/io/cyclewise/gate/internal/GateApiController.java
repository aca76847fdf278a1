package io.cyclewise.gate.internal;

import java.net.URI;
import java.util.List;

import io.cyclewise.gate.GateRequestResource;
import io.cyclewise.gate.GateStatus;
import io.cyclewise.shared.RequestValidation;
import io.cyclewise.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Gates in the API: the same rules, permissions and history as the pages, through {@link GateWorkflow}. Refusals
 * (one's own request, a stale or decided request) are 409 problems with the message; nothing is stored then.
 */
@RestController
@Tag(name = "Gates", description = "Stage and phase gates: requests with their checks, risk officers' decisions")
class GateApiController {

	private final GateWorkflow service;
	private final GateRequestValidator requestValidator;
	private final RequestValidation validation;

	GateApiController(GateWorkflow service, GateRequestValidator requestValidator, RequestValidation validation) {
		this.service = service;
		this.requestValidator = requestValidator;
		this.validation = validation;
	}

	@GetMapping("/api/v1/gate-requests")
	@Operation(summary = "List gate requests", description = "All requests, or those of one status (PENDING, "
			+ "APPROVED, REJECTED, WITHDRAWN); pending ones oldest first with changesSinceRequest, others newest first.")
	List<GateRequestResource> list(@RequestParam(required = false) GateStatus status) {
		return service.list(status);
	}

	@GetMapping("/api/v1/gate-requests/{requestId}")
	@Operation(summary = "Read a gate request", description = "With the checks and evidence at request time, the "
			+ "decision, and (while pending) what changed since, which makes it stale.")
	GateRequestResource read(@PathVariable long requestId) {
		return service.resource(requestId);
	}

	@PostMapping("/api/v1/initiatives/{id}/gate-requests")
	@ApiResponse(responseCode = "201", description = "Requested; Location names the new request")
	@Operation(summary = "Request a gate decision", description = "The initiative's lead or an administrator. kind "
			+ "STAGE or PHASE; target (optional) must be the next stage or phase; one waiver {itemId, reason} (reason at "
			+ "least 10 characters) for every check not met; note optional. One pending request per initiative and kind.")
	ResponseEntity<GateRequestResource> request(@PathVariable long id, @RequestBody GateRequestForm form,
			Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		service.requireRequester(id, user);
		Errors errors = validation.validate(form, "gateRequest");
		requestValidator.forInitiative(id).validate(form, errors);
		RequestValidation.throwIfInvalid(errors);
		GateRequestResource created = service.resource(service.request(id, form.toCommand(), user));
		return ResponseEntity.created(URI.create("/api/v1/gate-requests/" + created.id())).body(created);
	}

	@PostMapping("/api/v1/gate-requests/{requestId}/decision")
	@Operation(summary = "Decide a gate request", description = "Risk officers and administrators, never on their "
			+ "own request. decision APPROVED or REJECTED, comment (at least 10 characters), version of the request "
			+ "read. Approving moves the initiative one step forward; a request whose initiative or checks changed "
			+ "since is refused (409) and may only be rejected.")
	GateRequestResource decide(@PathVariable long requestId, @RequestBody GateDecisionForm form,
			Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		service.requireDecider(user);
		service.resource(requestId);
		Errors errors = validation.validate(form, "decision");
		new GateDecisionValidator().validate(form, errors);
		RequestValidation.throwIfInvalid(errors);
		service.decide(requestId, form, user);
		return service.resource(requestId);
	}

	@PostMapping("/api/v1/gate-requests/{requestId}/withdraw")
	@Operation(summary = "Withdraw a gate request", description = "Whoever requested it, or an administrator, while "
			+ "it is pending.")
	GateRequestResource withdraw(@PathVariable long requestId, Authentication authentication) {
		service.withdraw(requestId, CurrentUser.of(authentication));
		return service.resource(requestId);
	}
}
