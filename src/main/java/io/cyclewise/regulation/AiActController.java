package io.cyclewise.regulation;

import java.util.List;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.shared.FragmentPage;
import io.cyclewise.user.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The EU AI Act pages: the register of the portfolio, an initiative's classification with its history, the panel
 * the initiative page loads with htmx, and the guided form (which shows the derived tier as the answers change).
 */
@Controller
class AiActController {

	static final int PAGE_SIZE = 50;

	private final AiActService service;
	private final AiActRegister register;
	private final InitiativeService initiatives;

	AiActController(AiActService service, AiActRegister register, InitiativeService initiatives) {
		this.service = service;
		this.register = register;
		this.initiatives = initiatives;
	}

	@GetMapping("/ai-act")
	String register(@RequestParam(required = false) String tier, @RequestParam(required = false) String page,
			Model model) {
		AiActTier selected = null;
		if (tier != null && !tier.isBlank()) {
			selected = java.util.Arrays.stream(AiActTier.values()).filter(t -> t.name().equals(tier)).findFirst().orElse(null);
			if (selected == null) {
				model.addAttribute("problem", "Ignored the tier filter: it is not one of the offered tiers.");
			}
		}
		int pageNumber = page != null && page.matches("\\d{1,5}") ? Integer.parseInt(page) : 0;
		model.addAttribute("register", register.register(selected, pageNumber, PAGE_SIZE));
		model.addAttribute("tiers", AiActTier.values());
		return "regulation/register";
	}

	@GetMapping("/initiatives/{id}/ai-act")
	String classification(@PathVariable long id, Model model, Authentication authentication) {
		InitiativeSummary initiative = initiatives.get(id);
		List<ClassificationView> history = service.history(id);
		model.addAttribute("initiative", initiative);
		model.addAttribute("current", history.isEmpty() ? null : history.get(0));
		model.addAttribute("history", history);
		model.addAttribute("canClassify", AiActPermissions.canClassify(CurrentUser.of(authentication), initiative));
		return "regulation/classification";
	}

	/** Loaded into the initiative page: the current tier, role, date and who. */
	@GetMapping("/initiatives/{id}/ai-act/summary")
	String summary(@PathVariable long id, Model model, Authentication authentication,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		InitiativeSummary initiative = initiatives.get(id);
		model.addAttribute("initiativeId", id);
		model.addAttribute("current", service.current(id).orElse(null));
		model.addAttribute("canClassify", AiActPermissions.canClassify(CurrentUser.of(authentication), initiative));
		return FragmentPage.unlessHtmx(htmx, "regulation/parts :: summary", model, "EU AI Act", "/initiatives/" + id,
				"the initiative");
	}

	@GetMapping("/initiatives/{id}/ai-act/classify")
	String form(@PathVariable long id, Model model, Authentication authentication) {
		InitiativeSummary initiative = service.requireClassifier(id, CurrentUser.of(authentication));
		AiActClassificationForm form = service.current(id).map(AiActClassificationForm::of)
			.orElseGet(AiActClassificationForm::new);
		return showForm(initiative, form, model);
	}

	@PostMapping("/initiatives/{id}/ai-act/classify")
	String classify(@PathVariable long id, @Valid @ModelAttribute("form") AiActClassificationForm form,
			BindingResult result, Model model, Authentication authentication, HttpServletResponse response,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		InitiativeSummary initiative = service.requireClassifier(id, user);
		service.validate(form, result);
		if (result.hasErrors()) {
			response.setStatus(422);
			return showForm(initiative, form, model);
		}
		ClassificationView stored = service.classify(id, form, user);
		redirect.addFlashAttribute("message", "Classified as “" + stored.tier().label() + "” (" + stored.role().label()
				+ "). The earlier classifications stay in the history.");
		return "redirect:/initiatives/" + id + "/ai-act";
	}

	/** The tier the answers lead to, and any contradiction, while the form is filled in (htmx); stores nothing. */
	@GetMapping("/initiatives/{id}/ai-act/derived-tier")
	String derivedTier(@PathVariable long id, @ModelAttribute("form") AiActClassificationForm form, BindingResult result,
			Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		initiatives.get(id);
		addDerivation(form, model);
		return FragmentPage.unlessHtmx(htmx, "regulation/parts :: derived-tier", model, "Derived AI Act tier",
				"/initiatives/" + id + "/ai-act", "the AI Act classification");
	}

	private String showForm(InitiativeSummary initiative, AiActClassificationForm form, Model model) {
		model.addAttribute("initiative", initiative);
		model.addAttribute("form", form);
		model.addAttribute("roles", AiActRole.values());
		model.addAttribute("practices", ProhibitedPractice.values());
		model.addAttribute("areas", HighRiskArea.values());
		model.addAttribute("duties", TransparencyDuty.values());
		model.addAttribute("tiers", AiActTier.values());
		addDerivation(form, model);
		return "regulation/form";
	}

	private static void addDerivation(AiActClassificationForm form, Model model) {
		ClassificationAnswers answers = form.answers();
		model.addAttribute("derivedTier", ClassificationRules.derive(answers));
		model.addAttribute("contradictions", ClassificationRules.contradictions(answers, form.getStatedTier()).values());
	}
}
