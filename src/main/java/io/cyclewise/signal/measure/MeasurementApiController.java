package io.cyclewise.signal.measure;

import java.util.List;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.shared.IdempotentRequests;
import io.cyclewise.shared.InvalidRequestException;
import io.cyclewise.shared.RequestValidation;
import io.cyclewise.signal.BulkResult;
import io.cyclewise.signal.DataCheckForm;
import io.cyclewise.signal.DataCheckResource;
import io.cyclewise.signal.MeasurementService;
import io.cyclewise.signal.ObservationForm;
import io.cyclewise.signal.ObservationResource;
import io.cyclewise.signal.support.Submissions;
import io.cyclewise.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Observations and data checks in the API: read per initiative, record one (as the pages do), or import many at
 * once (bulk, with an Idempotency-Key). Same forms, rules, permissions and service as the pages.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Measurements", description = "Performance observations and data checks: one at a time or in bulk from an ML pipeline")
class MeasurementApiController {

	private static final String IDEMPOTENCY = "Optional here: the same key with the same body within 24 h returns the "
			+ "first answer (header Idempotent-Replayed: true) and stores nothing again; with another body it is 422; "
			+ "while the first is still running, 409.";

	private static final String BULK = " At most 5,000 items (more, or none: 400 and nothing stored). Each item is "
			+ "checked with the form's rules and the answer (200) says per item, by index, what happened: `stored` "
			+ "(with the new id), `rejected` (with `errors`, each a field and the form's message; an unknown "
			+ "initiativeId is such an error) or `duplicate` (its submissionId was stored before: the id of that record). "
			+ "**Partial acceptance:** the valid items are stored even when others are rejected; send the corrected "
			+ "rejected items again (their submissionIds keep a retry from storing anything twice). A body that is "
			+ "not JSON of this shape (unknown field, wrong type) is refused as a whole with 400. The Idempotency-Key "
			+ "header is required: a retry with the same key and body within 24 h returns the first answer (header "
			+ "Idempotent-Replayed: true) and stores nothing; the same key with another body is 422; while the first "
			+ "request with the key is still running, 409. Data scientists and administrators.";

	private final MeasurementService service;
	private final RequestValidation validation;
	private final IdempotentRequests idempotency;

	MeasurementApiController(MeasurementService service, RequestValidation validation, IdempotentRequests idempotency) {
		this.service = service;
		this.validation = validation;
		this.idempotency = idempotency;
	}

	@GetMapping("/initiatives/{id}/observations")
	@Operation(summary = "List an initiative's observations", description = "The newest 500 (by the date measured, "
			+ "then newest recorded first), as the initiative's page shows them.")
	List<ObservationResource> observations(@PathVariable long id) {
		return service.observationResources(id);
	}

	@GetMapping("/initiatives/{id}/data-checks")
	@Operation(summary = "List an initiative's data checks", description = "The newest 200 (by the date checked, "
			+ "then newest recorded first), as the initiative's page shows them.")
	List<DataCheckResource> dataChecks(@PathVariable long id) {
		return service.dataCheckResources(id);
	}

	@PostMapping("/initiatives/{id}/observations")
	@Operation(summary = "Record an observation", description = "Data scientists and administrators. The fields of "
			+ "the observation form; submissionId is optional (one is generated). 201 with the stored observation. "
			+ IDEMPOTENCY, responses = @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ObservationResource.class))))
	ResponseEntity<?> recordObservation(@PathVariable long id, @RequestBody ObservationForm form,
			@Parameter(description = "Optional; e.g. a new UUID per request") @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		InitiativeSummary initiative = service.measurable(id, user);
		return idempotency.once(user.username(), key, "POST /api/v1/initiatives/" + id + "/observations", form, () -> {
			withSubmissionId(form);
			Errors errors = validation.validate(form, "observation");
			service.validate(initiative, form, errors);
			RequestValidation.throwIfInvalid(errors);
			long created;
			try {
				created = service.recordObservation(id, form, user);
			}
			catch (DataIntegrityViolationException race) {
				throw duplicateOrRethrow(race, errors);
			}
			return ResponseEntity.status(HttpStatus.CREATED).body(service.observationResource(created));
		});
	}

	@PostMapping("/initiatives/{id}/data-checks")
	@Operation(summary = "Record a data check", description = "Data scientists and administrators. The fields of the "
			+ "data check form; submissionId is optional (one is generated). 201 with the stored check. " + IDEMPOTENCY,
			responses = @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = DataCheckResource.class))))
	ResponseEntity<?> recordDataCheck(@PathVariable long id, @RequestBody DataCheckForm form,
			@Parameter(description = "Optional; e.g. a new UUID per request") @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		service.measurable(id, user);
		return idempotency.once(user.username(), key, "POST /api/v1/initiatives/" + id + "/data-checks", form, () -> {
			withSubmissionId(form);
			Errors errors = validation.validate(form, "dataCheck");
			service.validate(form, errors);
			RequestValidation.throwIfInvalid(errors);
			long created;
			try {
				created = service.recordDataCheck(id, form, user);
			}
			catch (DataIntegrityViolationException race) {
				throw duplicateOrRethrow(race, errors);
			}
			return ResponseEntity.status(HttpStatus.CREATED).body(service.dataCheckResource(created));
		});
	}

	@PostMapping("/observations/bulk")
	@Operation(summary = "Import observations in bulk", description = "Body: {\"items\": [{\"initiativeId\": 12, "
			+ "…the observation form's fields…}, …]}." + BULK,
			responses = @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BulkResult.class))))
	ResponseEntity<?> importObservations(@RequestBody ObservationBatch batch,
			@Parameter(required = true, description = "A new UUID per request; the same one for its retries") @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		service.requireMeasurer(user);
		IdempotentRequests.require(key);
		RequestValidation.throwIfInvalid(validation.validate(batch, "batch"));
		return idempotency.once(user.username(), key, "POST /api/v1/observations/bulk", batch,
				() -> ResponseEntity.ok(service.recordObservations(batch.getItems(), user)));
	}

	@PostMapping("/data-checks/bulk")
	@Operation(summary = "Import data checks in bulk", description = "Body: {\"items\": [{\"initiativeId\": 12, "
			+ "…the data check form's fields…}, …]}." + BULK,
			responses = @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BulkResult.class))))
	ResponseEntity<?> importDataChecks(@RequestBody DataCheckBatch batch,
			@Parameter(required = true, description = "A new UUID per request; the same one for its retries") @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		service.requireMeasurer(user);
		IdempotentRequests.require(key);
		RequestValidation.throwIfInvalid(validation.validate(batch, "batch"));
		return idempotency.once(user.username(), key, "POST /api/v1/data-checks/bulk", batch,
				() -> ResponseEntity.ok(service.recordDataChecks(batch.getItems(), user)));
	}

	/** The API's submission id is optional: the client may send its own to make retries safe without a key. */
	private static void withSubmissionId(ObservationForm form) {
		if (form.getSubmissionId() == null) {
			form.setSubmissionId(java.util.UUID.randomUUID());
		}
	}

	private static void withSubmissionId(DataCheckForm form) {
		if (form.getSubmissionId() == null) {
			form.setSubmissionId(java.util.UUID.randomUUID());
		}
	}

	/** A parallel request stored the same submission id first: 400 with the form's message, like the page. */
	private static RuntimeException duplicateOrRethrow(DataIntegrityViolationException race, Errors errors) {
		if (!Submissions.isDuplicate(race)) {
			return race;
		}
		Submissions.duplicate(errors);
		return new InvalidRequestException(errors);
	}
}
