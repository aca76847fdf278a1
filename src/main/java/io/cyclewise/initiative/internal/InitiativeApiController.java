package io.cyclewise.initiative.internal;

import io.cyclewise.initiative.ExpectationResource;
import io.cyclewise.initiative.InitiativeFilter;
import io.cyclewise.initiative.InitiativePermissions;
import io.cyclewise.initiative.InitiativeSelection;
import io.cyclewise.initiative.InitiativeService;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.cyclewise.shared.ApiPage;
import io.cyclewise.shared.CsvCells;
import io.cyclewise.shared.EntityVersions;
import io.cyclewise.shared.InvalidRequestException;
import io.cyclewise.shared.NotAllowedException;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.shared.RequestValidation;
import io.cyclewise.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry in the API: the same filters, validation, permissions and history as the pages, through the same
 * service. Updates are guarded by the version ({@code ETag} / {@code If-Match}).
 */
@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "The registry: initiatives with their cycles, alignment phase, mechanism and expectations")
class InitiativeApiController {

	private final InitiativeService service;
	private final InitiativeFormValidator validator;
	private final InitiativeSelection selections;
	private final InitiativeCsv csv;
	private final RequestValidation validation;
	private final Clock clock;

	InitiativeApiController(InitiativeService service, InitiativeFormValidator validator, InitiativeSelection selections,
			InitiativeCsv csv, RequestValidation validation, Clock clock) {
		this.service = service;
		this.validator = validator;
		this.selections = selections;
		this.csv = csv;
		this.validation = validation;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "List initiatives", description = "The list page's filters (q, businessUnit, phase, stage, "
			+ "mechanism, mechanismType, lead, only, sort) and paging (page from 0, size 1–100). An invalid filter is "
			+ "an error here, not ignored.")
	ApiPage<InitiativeResource> list(@Valid @ModelAttribute @ParameterObject InitiativeFilter filter, BindingResult result) {
		InitiativeSelection.Selection selection = selections.selectStrictly(filter, result);
		Page<InitiativeResource> page = service.resources(selection.specification(),
				PageRequest.of(Math.min(filter.getPage(), Integer.MAX_VALUE / filter.getSize()), filter.getSize(),
						filter.getSort().sort()));
		return ApiPage.of(page, resource -> resource);
	}

	@GetMapping(path = "/export.csv", produces = "text/csv")
	@Operation(summary = "Export initiatives as CSV", description = "Every initiative the filters select (all pages), "
			+ "streamed; the same columns as the list page's export. Cells that a spreadsheet would run as a formula "
			+ "start with a single quote.")
	void export(@Valid @ModelAttribute @ParameterObject InitiativeFilter filter, BindingResult result, HttpServletResponse response)
			throws IOException {
		InitiativeSelection.Selection selection = selections.selectStrictly(filter, result);
		CsvCells.download(response, "initiatives", LocalDate.now(clock));
		csv.write(selection, response.getWriter());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an initiative", description = "The ETag header holds its version, for If-Match.")
	ResponseEntity<InitiativeResource> read(@PathVariable long id) {
		InitiativeResource initiative = service.resource(id);
		return ResponseEntity.ok().eTag(EntityVersions.etag(initiative.version())).body(initiative);
	}

	@PostMapping
	@ApiResponse(responseCode = "201", description = "Registered; Location and ETag name the new initiative and its version")
	@Operation(summary = "Register an initiative", description = "Project leads and administrators. The fields of "
			+ "the registration form; version is ignored.")
	ResponseEntity<InitiativeResource> register(@RequestBody InitiativeForm form, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		if (!InitiativePermissions.canRegister(user)) {
			throw new NotAllowedException("initiative.register.notAllowed");
		}
		Errors errors = validation.validate(form, "initiative");
		validator.forInitiative(null).validate(form, errors);
		RequestValidation.throwIfInvalid(errors);
		InitiativeResource initiative = service.resource(service.register(form.toDraft(), user).id());
		return ResponseEntity.created(URI.create("/api/v1/initiatives/" + initiative.id()))
			.eTag(EntityVersions.etag(initiative.version())).body(initiative);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an initiative", description = "The initiative's lead or an administrator. Send "
			+ "every writable field (as read) and If-Match with the version read; a stale version gets 412 with the "
			+ "current state, a missing one 428. Each changed aspect is written to the history with changeReason.")
	ResponseEntity<InitiativeResource> update(@PathVariable long id, @RequestBody InitiativeForm form,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		InitiativeSummary current = service.get(id);
		if (!InitiativePermissions.canEdit(user, current)) {
			throw new NotAllowedException("initiative.edit.notAllowed");
		}
		form.setVersion(EntityVersions.requireCurrent(ifMatch, current.version(), () -> service.resource(id)));
		Errors errors = validation.validate(form, "initiative");
		validator.forInitiative(id).validate(form, errors);
		RequestValidation.throwIfInvalid(errors);
		service.update(id, form.toDraft(), user);
		InitiativeResource updated = service.resource(id);
		return ResponseEntity.ok().eTag(EntityVersions.etag(updated.version())).body(updated);
	}

	@GetMapping("/{id}/expectations")
	@Operation(summary = "List an initiative's expectations", description = "Active and withdrawn, by due date.")
	List<ExpectationResource> expectations(@PathVariable long id) {
		service.get(id);
		return service.expectations(id);
	}

	@PostMapping("/{id}/expectations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a stakeholder's expectation", description = "The initiative's lead or an administrator.")
	ExpectationResource addExpectation(@PathVariable long id, @RequestBody ExpectationForm form,
			Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		if (!InitiativePermissions.canEdit(user, service.get(id))) {
			throw new NotAllowedException("initiative.edit.notAllowed");
		}
		Errors errors = validation.validate(form, "expectation");
		if (errors.hasErrors()) {
			throw new InvalidRequestException(errors);
		}
		long added = service.addExpectation(id, form.toCommand(), user);
		return service.expectations(id).stream().filter(expectation -> expectation.id() == added).findFirst()
			.orElseThrow();
	}

	@PostMapping("/{id}/expectations/{expectationId}/withdraw")
	@Operation(summary = "Withdraw an expectation", description = "It stays in the list and the history, marked withdrawn.")
	List<ExpectationResource> withdrawExpectation(@PathVariable long id, @PathVariable long expectationId,
			Authentication authentication) {
		service.withdrawExpectation(id, expectationId, CurrentUser.of(authentication));
		return expectations(id);
	}
}
