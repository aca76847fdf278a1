package io.cyclewise.signal.measure;

import java.time.Clock;
import java.time.LocalDate;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.signal.DataCheckForm;
import io.cyclewise.signal.DataCheckResult;
import io.cyclewise.signal.MeasurementService;
import io.cyclewise.signal.ObservationForm;
import io.cyclewise.signal.ObservationSource;
import io.cyclewise.signal.support.Submissions;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.UserDirectory;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages where data scientists record observations and data checks; both return to the initiative page. */
@Controller
@RequestMapping("/initiatives/{id}")
class MeasurementController {

	private final MeasurementService service;
	private final UserDirectory users;
	private final Clock clock;

	MeasurementController(MeasurementService service, UserDirectory users, Clock clock) {
		this.service = service;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping("/observations/new")
	String observationForm(@PathVariable long id, Model model, Authentication authentication) {
		InitiativeSummary initiative = service.measurable(id, CurrentUser.of(authentication));
		model.addAttribute("form", ObservationForm.blank(LocalDate.now(clock)));
		return observationPage(initiative, model);
	}

	@PostMapping("/observations")
	String recordObservation(@PathVariable long id, @Valid @ModelAttribute("form") ObservationForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		InitiativeSummary initiative = service.measurable(id, user);
		service.validate(initiative, form, result);
		if (!result.hasErrors()) {
			try {
				service.recordObservation(id, form, user);
				redirect.addFlashAttribute("message", "Observation recorded: " + form.getMetric().trim() + " = "
						+ form.getValue().stripTrailingZeros().toPlainString() + " (" + form.getUserContext() + ", "
						+ form.getSource().label().toLowerCase() + ").");
				return "redirect:/initiatives/" + id + "#signals";
			}
			catch (DataIntegrityViolationException race) {
				if (!Submissions.isDuplicate(race)) {
					throw race;
				}
				Submissions.duplicate(result);
			}
		}
		return observationPage(initiative, model);
	}

	private String observationPage(InitiativeSummary initiative, Model model) {
		model.addAttribute("initiative", initiative);
		model.addAttribute("userContexts", service.userContextChoices(initiative));
		model.addAttribute("sources", ObservationSource.values());
		return "signal/observation-form";
	}

	@GetMapping("/data-checks/new")
	String dataCheckForm(@PathVariable long id, Model model, Authentication authentication) {
		InitiativeSummary initiative = service.measurable(id, CurrentUser.of(authentication));
		String checkedBy = users.displayNameOf(authentication.getName());
		model.addAttribute("form", DataCheckForm.blank(LocalDate.now(clock), checkedBy));
		return dataCheckPage(initiative, model);
	}

	@PostMapping("/data-checks")
	String recordDataCheck(@PathVariable long id, @Valid @ModelAttribute("form") DataCheckForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		InitiativeSummary initiative = service.measurable(id, user);
		service.validate(form, result);
		if (!result.hasErrors()) {
			try {
				service.recordDataCheck(id, form, user);
				redirect.addFlashAttribute("message", "Data check recorded: " + form.getResult().label().toLowerCase()
						+ " on " + form.getCheckedOn() + ".");
				return "redirect:/initiatives/" + id + "#signals";
			}
			catch (DataIntegrityViolationException race) {
				if (!Submissions.isDuplicate(race)) {
					throw race;
				}
				Submissions.duplicate(result);
			}
		}
		return dataCheckPage(initiative, model);
	}

	private String dataCheckPage(InitiativeSummary initiative, Model model) {
		model.addAttribute("initiative", initiative);
		model.addAttribute("results", DataCheckResult.values());
		return "signal/data-check-form";
	}
}
