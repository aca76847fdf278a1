package io.cyclewise.regulation.internal;

import java.util.List;

import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.regulation.AiActRole;
import io.cyclewise.regulation.AiActService;
import io.cyclewise.regulation.AiActTier;
import io.cyclewise.regulation.ClassificationAnswers;
import io.cyclewise.regulation.ClassificationView;
import io.cyclewise.regulation.HighRiskArea;
import io.cyclewise.regulation.ProhibitedPractice;
import io.cyclewise.regulation.TransparencyDuty;
import io.cyclewise.shared.FragmentPage;
import io.cyclewise.shared.Terms;
import io.cyclewise.user.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
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
	private final Terms terms;
	private final MessageSource messages;

	AiActController(AiActService service, AiActRegister register, InitiativeService initiatives, Terms terms,
			MessageSource messages) {
		this.messages = messages;
		this.service = service;
		this.register = register;
		this.initiatives = initiatives;
		this.terms = terms;
	}

	@InitBinder("form")
	void validators(WebDataBinder binder) {
		binder.addValidators(new AiActClassificationValidator());
	}

	@GetMapping("/ai-act")
	String register(@RequestParam(required = false) String tier, @RequestParam(required = false) String page,
			Model model) {
		AiActTier selected = null;
		if (tier != null && !tier.isBlank()) {
			selected = java.util.Arrays.stream(AiActTier.values()).filter(t -> t.name().equals(tier)).findFirst().orElse(null);
			if (selected == null) {
				model.addAttribute("problem", "regulation.register.unknownTier");
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
		return FragmentPage.unlessHtmx(htmx, "regulation/parts :: summary", model,
				terms.message("regulation.summary.title"), "/initiatives/" + id, terms.message("regulation.back.initiative"));
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
		if (result.hasErrors()) {
			response.setStatus(422);
			return showForm(initiative, form, model);
		}
		ClassificationView stored = service.classify(id, form.toCommand(), user);
		redirect.addFlashAttribute("message", terms.message("regulation.classified", terms.label(stored.tier()),
				terms.label(stored.role())));
		return "redirect:/initiatives/" + id + "/ai-act";
	}

	/** The tier the answers lead to, and any contradiction, while the form is filled in (htmx); stores nothing. */
	@GetMapping("/initiatives/{id}/ai-act/derived-tier")
	String derivedTier(@PathVariable long id, @ModelAttribute("form") AiActClassificationForm form, BindingResult result,
			Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		initiatives.get(id);
		addDerivation(form, model);
		return FragmentPage.unlessHtmx(htmx, "regulation/parts :: derived-tier", model,
				terms.message("regulation.derivedTier.title"), "/initiatives/" + id + "/ai-act",
				terms.message("regulation.back.classification"));
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

	private void addDerivation(AiActClassificationForm form, Model model) {
		ClassificationAnswers answers = form.answers();
		model.addAttribute("derivedTier", ClassificationRules.derive(answers));
		model.addAttribute("contradictions", ClassificationRules.contradictions(answers, form.getStatedTier()).values()
			.stream().map(contradiction -> messages.getMessage(contradiction, LocaleContextHolder.getLocale())).toList());
	}
}
