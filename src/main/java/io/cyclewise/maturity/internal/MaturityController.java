package io.cyclewise.maturity.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.cyclewise.maturity.MaturityComponent;
import io.cyclewise.maturity.MaturityPhase;
import io.cyclewise.maturity.MaturityService;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.shared.NotAllowedException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organization maturity per business unit: the overview grid, one unit's history, and a new assessment. */
@Controller
@RequestMapping("/maturity")
class MaturityController {

	private final MaturityService maturity;
	private final BusinessUnits businessUnits;
	private final Clock clock;
	private final MessageSource messages;

	MaturityController(MaturityService maturity, BusinessUnits businessUnits, Clock clock, MessageSource messages) {
		this.maturity = maturity;
		this.businessUnits = businessUnits;
		this.clock = clock;
		this.messages = messages;
	}

	@InitBinder("form")
	void checkAssessments(WebDataBinder binder) {
		binder.addValidators(new MaturityAssessmentValidator());
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("units", businessUnits.all());
		model.addAttribute("latest", maturity.latestByUnit());
		addTerms(model);
		return "maturity/overview";
	}

	@GetMapping("/{unitId}")
	String unit(@PathVariable long unitId, Model model, Authentication authentication) {
		model.addAttribute("unit", maturity.unit(unitId));
		var history = maturity.history(unitId);
		model.addAttribute("history", history);
		model.addAttribute("canAssess", MaturityService.canAssess(CurrentUser.of(authentication)));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", MaturityAssessmentForm.startingFrom(history.isEmpty() ? null : history.get(0),
					LocalDate.now(clock)));
		}
		addTerms(model);
		return "maturity/unit";
	}

	@PostMapping("/{unitId}")
	String record(@PathVariable long unitId, @Valid @ModelAttribute("form") MaturityAssessmentForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect,
			HttpServletResponse response) {
		maturity.unit(unitId);
		if (!MaturityService.canAssess(CurrentUser.of(authentication))) {
			throw new NotAllowedException("maturity.assess.notAllowed");
		}
		if (!result.hasErrors()) {
			MaturityAssessment stored = maturity.record(unitId, form.toCommand(), CurrentUser.of(authentication));
			redirect.addFlashAttribute("message", messages.getMessage("maturity.record.saved",
					new Object[] { stored.getAssessedOn().toString() }, LocaleContextHolder.getLocale()));
			return "redirect:/maturity/" + unitId;
		}
		response.setStatus(422);
		model.addAttribute("formErrors", true);
		return unit(unitId, model, authentication);
	}

	private static void addTerms(Model model) {
		model.addAttribute("components", MaturityComponent.values());
		model.addAttribute("phases", MaturityPhase.values());
	}
}
