package io.cyclewise.risk.internal;

import java.util.List;

import io.cyclewise.risk.FlagResource;
import io.cyclewise.risk.RiskFlagService;
import io.cyclewise.shared.ApiPage;
import io.cyclewise.shared.RequestValidation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The risk engine's flags, read-only: the portfolio's, filtered, and one initiative's as its page shows them. */
@RestController
@Tag(name = "Risk flags", description = "Temporal complexity, context sensitivity and mechanism–condition fit flags, "
		+ "each with why it was raised, the study it comes from and the practice that answers it")
class RiskFlagApiController {

	private final RiskFlagService flags;

	private final FlagFilterValidator filterValidator;

	RiskFlagApiController(RiskFlagService flags, FlagFilterValidator filterValidator) {
		this.flags = flags;
		this.filterValidator = filterValidator;
	}

	@InitBinder("flagFilter")
	void validateFilter(WebDataBinder binder) {
		binder.addValidators(filterValidator);
	}

	@GetMapping("/api/v1/flags")
	@Operation(summary = "List flags", description = "Newest first. Filters: status (OPEN, CLEARED; both when absent), "
			+ "characteristic, severity, rule, initiative, businessUnit; paging: page from 0, size 1–100. An invalid "
			+ "filter is an error, not ignored.")
	ApiPage<FlagResource> list(@Valid @ModelAttribute @ParameterObject FlagFilter filter, BindingResult result) {
		RequestValidation.throwIfInvalid(result);
		return ApiPage.of(flags.resources(filter), flag -> flag);
	}

	@GetMapping("/api/v1/initiatives/{id}/flags")
	@Operation(summary = "List an initiative's flags", description = "Open flags first (most severe first), then "
			+ "the cleared ones, newest first: the order of the initiative's page.")
	List<FlagResource> ofInitiative(@PathVariable long id) {
		return flags.resourcesOf(id);
	}
}
