package io.cyclewise.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

	/** The AI Act tiers as the regulation module names them (the dashboard reads its table, not its code). */
	private static final Map<String, String> AI_ACT_TIERS = new java.util.LinkedHashMap<>();

	static {
		AI_ACT_TIERS.put("PROHIBITED", "Prohibited");
		AI_ACT_TIERS.put("HIGH_RISK", "High-risk");
		AI_ACT_TIERS.put("TRANSPARENCY", "Transparency duties");
		AI_ACT_TIERS.put("MINIMAL", "Minimal risk");
	}

	private final PortfolioOverviewCache overviews;
	private final BusinessUnits businessUnits;
	private final UserDirectory users;
	private final HtmlFragment fragments;

	DashboardController(PortfolioOverviewCache overviews, BusinessUnits businessUnits, UserDirectory users,
			HtmlFragment fragments) {
		this.overviews = overviews;
		this.fragments = fragments;
		this.businessUnits = businessUnits;
		this.users = users;
	}

	@GetMapping("/dashboard")
	String dashboard(@ModelAttribute("filter") DashboardFilter filter, BindingResult result, Model model,
			Authentication authentication, Locale locale, HttpServletRequest request, HttpServletResponse response) {
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
		model.addAttribute("characteristics", Characteristic.values());
		model.addAttribute("phases", AlignmentPhase.values());
		model.addAttribute("mechanisms", ValueCreationMechanism.values());
		String variant = ownOnly + "|" + problems;
		model.addAttribute("aiActTiers", AI_ACT_TIERS);
		model.addAttribute("dashboardContent", overviews.content(PortfolioScope.of(filter), variant, locale, overview -> {
			Map<String, Object> contentModel = new HashMap<>(model.asMap());
			contentModel.put("overview", overview);
			contentModel.put("businessUnits", businessUnits.all());
			contentModel.put("leads", users.projectLeads());
			return fragments.render("dashboard/content :: content", contentModel, locale, request, response);
		}));
		return "dashboard/overview";
	}

	static boolean seesOnlyOwnInitiatives(CurrentUser user) {
		return user.has(Role.PROJECT_LEAD) && !user.has(Role.EXECUTIVE) && !user.has(Role.ADMIN)
				&& !user.has(Role.DATA_SCIENTIST);
	}
}
