package io.cyclewise.dashboard;

import java.util.ArrayList;
import java.util.List;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.organization.BusinessUnitRepository;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The portfolio overview. Executives, data scientists and administrators see the whole portfolio; a project lead
 * without another role sees the initiatives they lead.
 */
@Controller
class DashboardController {

	private final PortfolioOverviewCache overviews;
	private final BusinessUnitRepository businessUnits;
	private final UserDirectory users;

	DashboardController(PortfolioOverviewCache overviews, BusinessUnitRepository businessUnits, UserDirectory users) {
		this.overviews = overviews;
		this.businessUnits = businessUnits;
		this.users = users;
	}

	@GetMapping("/dashboard")
	String dashboard(@ModelAttribute("filter") DashboardFilter filter, BindingResult result, Model model,
			Authentication authentication) {
		List<String> problems = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			problems.add("Ignored the filter “" + error.getField() + "”: “" + error.getRejectedValue()
					+ "” is not one of the offered choices.");
			filter.reset(error.getField());
		}
		CurrentUser user = CurrentUser.of(authentication);
		boolean ownOnly = seesOnlyOwnInitiatives(user);
		if (ownOnly) {
			filter.setLead(users.findByUsername(user.username()).map(u -> u.getId()).orElse(-1L));
		}
		model.addAttribute("problems", problems);
		model.addAttribute("ownOnly", ownOnly);
		model.addAttribute("overview", overviews.overview(PortfolioScope.of(filter)));
		model.addAttribute("businessUnits", businessUnits.findAllByOrderByNameAsc());
		model.addAttribute("leads", users.projectLeads());
		model.addAttribute("phases", AlignmentPhase.values());
		model.addAttribute("mechanisms", ValueCreationMechanism.values());
		model.addAttribute("characteristics", Characteristic.values());
		return "dashboard/overview";
	}

	static boolean seesOnlyOwnInitiatives(CurrentUser user) {
		return user.has(Role.PROJECT_LEAD) && !user.has(Role.EXECUTIVE) && !user.has(Role.ADMIN)
				&& !user.has(Role.DATA_SCIENTIST);
	}
}
