package io.cyclewise.dashboard.internal;

import io.cyclewise.dashboard.DashboardFilter;
import io.cyclewise.dashboard.PortfolioFigures;

import io.cyclewise.shared.RequestValidation;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.UserDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The portfolio dashboard's aggregates as JSON, for the same people and with the same filters as the page. */
@RestController
@Tag(name = "Dashboard", description = "The portfolio's aggregates: initiatives by phase, mechanism and stage, open "
		+ "flags by characteristic and business unit, the weekly trend, accepted risks, checklist completion")
class DashboardApiController {

	private final DashboardQueries queries;
	private final UserDirectory users;

	DashboardApiController(DashboardQueries queries, UserDirectory users) {
		this.queries = queries;
		this.users = users;
	}

	@GetMapping("/api/v1/dashboard")
	@Operation(summary = "Read the dashboard", description = "Filters: businessUnit, phase, mechanism, lead (a user "
			+ "id). A project lead without another role sees the initiatives they lead, whatever lead says. Every "
			+ "number is one aggregate query over the registry and the risk engine's rollup, as on the page.")
	DashboardResource read(@ModelAttribute @ParameterObject DashboardFilter filter, BindingResult result,
			Authentication authentication) {
		RequestValidation.throwIfInvalid(result);
		CurrentUser user = CurrentUser.of(authentication);
		if (PortfolioFigures.seesOnlyOwnInitiatives(user)) {
			filter.setLead(users.findByUsername(user.username()).map(own -> own.getId()).orElse(-1L));
		}
		return DashboardResource.of(filter, PortfolioOverview.of(queries, PortfolioScope.of(filter)));
	}
}
