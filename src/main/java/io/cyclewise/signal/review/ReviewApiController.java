package io.cyclewise.signal.review;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.shared.ApiPage;
import io.cyclewise.shared.EntityVersions;
import io.cyclewise.shared.InvalidRequestException;
import io.cyclewise.shared.PreconditionFailedException;
import io.cyclewise.shared.RequestValidation;
import io.cyclewise.signal.CadenceForm;
import io.cyclewise.signal.ReviewForm;
import io.cyclewise.signal.ReviewOutcome;
import io.cyclewise.signal.ReviewResource;
import io.cyclewise.signal.ReviewScheduleResource;
import io.cyclewise.signal.ReviewService;
import io.cyclewise.signal.support.Submissions;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Reviews in the API: an initiative's schedule and reviews, recording one, its cadence, and overdue reviews. */
@RestController
@Tag(name = "Reviews", description = "Sustaining alignment: reviews on a cadence, which may return an initiative to an earlier phase")
class ReviewApiController {

	private final ReviewService service;
	private final RequestValidation validation;

	ReviewApiController(ReviewService service, RequestValidation validation) {
		this.service = service;
		this.validation = validation;
	}

	@GetMapping("/api/v1/initiatives/{id}/reviews")
	@Operation(summary = "An initiative's review schedule and reviews", description = "Cadence, last review, due date, "
			+ "the versions that recording a phase return and setting the cadence send back, and the latest 200 "
			+ "reviews, newest first.")
	ReviewScheduleResource reviews(@PathVariable long id) {
		return service.resource(id, true);
	}

	@PostMapping("/api/v1/initiatives/{id}/reviews")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a review", description = "The initiative's lead or an administrator. The fields of the "
			+ "page's form. With the outcome RETURN_TO_EARLIER_PHASE, returnToPhase, returnReason and initiativeVersion "
			+ "(as read) are required; a stale initiativeVersion gets 412 with the current schedule. Send a submissionId "
			+ "(a UUID made once per review) to make retries safe.")
	ReviewResource record(@PathVariable long id, @RequestBody ReviewForm form, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		InitiativeSummary initiative = service.reviewable(id, user);
		if (form.getOutcome() == ReviewOutcome.RETURN_TO_EARLIER_PHASE) {
			EntityVersions.requireCurrentField(form.getInitiativeVersion(), "initiativeVersion", initiative.version(),
					() -> service.resource(id, false));
		}
		if (form.getSubmissionId() == null) {
			form.setSubmissionId(UUID.randomUUID());
		}
		Errors errors = validation.validate(form, "review");
		service.validate(initiative, form, errors);
		RequestValidation.throwIfInvalid(errors);
		try {
			return service.reviewResource(service.record(id, form, user));
		}
		catch (DataIntegrityViolationException race) {
			if (!Submissions.isDuplicate(race)) {
				throw race;
			}
			Submissions.duplicate(errors);
			throw new InvalidRequestException(errors);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException stale) {
			ReviewScheduleResource current = service.resource(id, false);
			throw new PreconditionFailedException(current.initiativeVersion(), current, "initiativeVersion");
		}
	}

	@PutMapping("/api/v1/initiatives/{id}/review-cadence")
	@Operation(summary = "Set the review cadence", description = "The initiative's lead or an administrator. Body: "
			+ "cadenceDays (1–730) and version: the cadenceVersion read, null while the default applies. A stale "
			+ "version gets 412 with the current schedule.")
	ReviewScheduleResource setCadence(@PathVariable long id, @RequestBody CadenceForm form,
			Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		service.reviewable(id, user);
		Long stored = service.cadence(id).map(ReviewCadence::getVersion).orElse(null);
		if (!Objects.equals(form.getVersion(), stored)) {
			throw staleCadence(id);
		}
		Errors errors = validation.validate(form, "cadence");
		RequestValidation.throwIfInvalid(errors);
		try {
			service.setCadence(id, form, user);
		}
		catch (StaleEditException | DataIntegrityViolationException race) {
			throw staleCadence(id);
		}
		return service.resource(id, false);
	}

	private RuntimeException staleCadence(long id) {
		ReviewScheduleResource current = service.resource(id, false);
		if (current.cadenceVersion() == null) {
			return new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, "No cadence has been set for this "
					+ "initiative; the default of " + current.cadenceDays() + " days applies. Send version null.");
		}
		return new PreconditionFailedException(current.cadenceVersion(), current, "version");
	}

	@GetMapping("/api/v1/reviews/overdue")
	@Operation(summary = "List overdue reviews", description = "The longest overdue first. A project lead gets the "
			+ "initiatives they lead unless all=true; everyone else the whole portfolio. Paging: page from 0, size 1–100.")
	ApiPage<ReviewScheduleResource> overdue(@RequestParam(defaultValue = "false") boolean all,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			Authentication authentication) {
		if (page < 0 || size < 1 || size > 100) {
			Errors errors = new org.springframework.validation.MapBindingResult(new java.util.HashMap<>(), "paging");
			if (page < 0) {
				errors.rejectValue("page", "invalid", "Pages start at 0.");
			}
			if (size < 1 || size > 100) {
				errors.rejectValue("size", "invalid", "Choose 1 to 100 reviews per page.");
			}
			throw new InvalidRequestException(errors);
		}
		CurrentUser user = CurrentUser.of(authentication);
		boolean mine = !all && user.has(Role.PROJECT_LEAD);
		List<ReviewScheduleResource> overdue = service.overdueResources(mine ? user.username() : null);
		// The query computes every due date anyway (one SQL statement); the page is cut from its result.
		long from = Math.min((long) page * size, overdue.size());
		int to = (int) Math.min(from + size, overdue.size());
		return ApiPage.of(new PageImpl<>(overdue.subList((int) from, to), PageRequest.of(page, size), overdue.size()),
				schedule -> schedule);
	}
}
