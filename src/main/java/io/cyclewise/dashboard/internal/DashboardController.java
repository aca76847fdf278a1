package io.cyclewise.dashboard.internal;

import io.cyclewise.dashboard.DashboardFilter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cyclewise.dashboard.PortfolioFigures;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.UserDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
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

	/**
	 * The AI Act tiers as stored in the regulation module's table (the dashboard reads its table, not its code: the
	 * regulation module depends on report, which depends on the dashboard); their words are the regulation bundle's
	 * {@code term.AiActTier.<NAME>}.
	 */
	private static final List<String> AI_ACT_TIERS = List.of("PROHIBITED", "HIGH_RISK", "TRANSPARENCY", "MINIMAL");

	private final PortfolioOverviewCache overviews;
	private final BusinessUnits businessUnits;
	private final UserDirectory users;
	private final HtmlFragment fragments;
	private final MessageSource messages;

	DashboardController(PortfolioOverviewCache overviews, BusinessUnits businessUnits, UserDirectory users,
			HtmlFragment fragments, MessageSource messages) {
		this.messages = messages;
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
			problems.add(messages.getMessage("dashboard.problem.ignored",
					new Object[] { error.getField(), String.valueOf(error.getRejectedValue()) }, locale));
			filter.reset(error.getField());
		}
		CurrentUser user = CurrentUser.of(authentication);
		boolean ownOnly = PortfolioFigures.seesOnlyOwnInitiatives(user);
		if (ownOnly) {
			filter.setLead(users.findByUsername(user.username()).map(u -> u.getId()).orElse(-1L));
		}
		model.addAttribute("problems", problems);
		model.addAttribute("ownOnly", ownOnly);
		model.addAttribute("characteristics", Characteristic.values());
		model.addAttribute("phases", AlignmentPhase.values());
		model.addAttribute("mechanisms", ValueCreationMechanism.values());
		String variant = ownOnly + "|" + problems;
		Map<String, String> aiActTiers = new LinkedHashMap<>();
		AI_ACT_TIERS.forEach(tier -> aiActTiers.put(tier, messages.getMessage("term.AiActTier." + tier, null, locale)));
		model.addAttribute("aiActTiers", aiActTiers);
		model.addAttribute("dashboardContent", overviews.content(PortfolioScope.of(filter), variant, locale, overview -> {
			Map<String, Object> contentModel = new HashMap<>(model.asMap());
			contentModel.put("overview", overview);
			contentModel.put("businessUnits", businessUnits.all());
			contentModel.put("leads", users.projectLeads());
			return fragments.render("dashboard/content :: content", contentModel, locale, request, response);
		}));
		return "dashboard/overview";
	}
}
