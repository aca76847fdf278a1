package io.cyclewise.regulation.internal;

import java.net.URI;
import java.util.List;

import io.cyclewise.regulation.AiActService;
import io.cyclewise.regulation.ClassificationView;
import io.cyclewise.shared.ApiPage;
import io.cyclewise.shared.InvalidRequestException;
import io.cyclewise.shared.RequestValidation;
import io.cyclewise.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The EU AI Act classification in the API: the same form, rules, permissions and history as the pages. */
@RestController
@Tag(name = "EU AI Act", description = "Classification of initiatives under Regulation (EU) 2024/1689 and the register "
		+ "by tier. Supports, and does not replace, legal advice.")
class AiActApiController {

	static final String DISCLAIMER = "This classification supports, and does not replace, legal advice.";

	private final AiActService service;
	private final AiActRegister register;
	private final RequestValidation validation;

	AiActApiController(AiActService service, AiActRegister register, RequestValidation validation) {
		this.service = service;
		this.register = register;
		this.validation = validation;
	}

	@GetMapping("/api/v1/initiatives/{id}/ai-act")
	@Operation(summary = "Read an initiative's AI Act classification", description = "The current classification "
			+ "(null if none) and every classification, newest first, with the answers and the reasoning.")
	AiActResource read(@PathVariable long id) {
		List<ClassificationView> history = service.history(id);
		return new AiActResource(id, history.isEmpty() ? null : history.get(0), history, DISCLAIMER);
	}

	@PostMapping("/api/v1/initiatives/{id}/ai-act")
	@ApiResponse(responseCode = "201", description = "Classified; the new classification is current, the earlier ones stay in the history")
	@Operation(summary = "Classify an initiative under the AI Act", description = "The initiative's lead or an "
			+ "administrator. The fields of the classification form: role, prohibitedPractices (Art. 5), "
			+ "annexISafetyComponent, highRiskAreas (Annex III), profilesNaturalPersons, exceptionClaimed and "
			+ "exceptionReason (Art. 6(3)), transparencyDuties (Art. 50), statedTier and reasoning. Answers that "
			+ "contradict each other or the stated tier are refused with 400 and a message per field; nothing is stored.")
	ResponseEntity<ClassificationView> classify(@PathVariable long id, @RequestBody AiActClassificationForm form,
			Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		service.requireClassifier(id, user);
		Errors errors = validation.validate(form, "classification");
		new AiActClassificationValidator().validate(form, errors);
		RequestValidation.throwIfInvalid(errors);
		ClassificationView stored = service.classify(id, form.toCommand(), user);
		return ResponseEntity.created(URI.create("/api/v1/initiatives/" + id + "/ai-act")).body(stored);
	}

	@GetMapping("/api/v1/ai-act")
	@Operation(summary = "The EU AI Act register", description = "Classified initiatives per current tier, the number "
			+ "not classified, and one page (page from 0, size 1–100) of classified initiatives, newest classification "
			+ "first, optionally of one tier, each with its open obligations (null when the checklist does not apply).")
	AiActRegisterResource register(@Valid @ModelAttribute @ParameterObject AiActRegisterFilter filter,
			BindingResult result) {
		if (result.hasErrors()) {
			throw new InvalidRequestException(result);
		}
		AiActRegister.Register page = register.register(filter.getTier(), filter.getPage(), filter.getSize());
		return new AiActRegisterResource(page.byTier(), page.unclassified(), new ApiPage<>(page.entries(), page.page(),
				page.size(), page.totalEntries(), page.totalPages()), DISCLAIMER);
	}
}
