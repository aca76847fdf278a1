package io.cyclewise.finding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.risk.Severity;
import io.cyclewise.user.AppUser;
import io.cyclewise.user.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The findings register's pages. There is deliberately no delete endpoint: findings stay, closed or not (the
 * database refuses DELETE too). Refusals and stale versions come back as messages on the page, input kept.
 */
@Controller
class FindingController {

	private final FindingService service;
	private final Clock clock;

	FindingController(FindingService service, Clock clock) {
		this.service = service;
		this.clock = clock;
	}

	@GetMapping("/findings")
	String portfolio(@ModelAttribute("filter") FindingFilter filter, BindingResult result, Model model) {
		model.addAttribute("filterErrors", result.getFieldErrors().stream()
			.map(error -> "Unknown " + error.getField() + " “" + error.getRejectedValue() + "”; showing all.").toList());
		model.addAttribute("rows", service.rows(null, result.hasFieldErrors("status") ? null : filter.getStatus(),
				result.hasFieldErrors("severity") ? null : filter.getSeverity()));
		model.addAttribute("statuses", FindingStatus.values());
		model.addAttribute("severities", Severity.values());
		return "finding/portfolio";
	}

	@GetMapping("/initiatives/{id}/findings")
	String list(@PathVariable long id, Model model, Authentication authentication) {
		InitiativeSummary initiative = service.initiative(id);
		model.addAttribute("initiative", initiative);
		model.addAttribute("rows", service.rows(id, null, null));
		model.addAttribute("canRecord", FindingPermissions.canRecord(CurrentUser.of(authentication), initiative));
		return "finding/list";
	}

	@GetMapping("/initiatives/{id}/findings/new")
	String recordForm(@PathVariable long id, Model model, Authentication authentication) {
		InitiativeSummary initiative = service.requireRecorder(id, CurrentUser.of(authentication));
		Long me = service.owners().stream().filter(user -> user.getUsername().equalsIgnoreCase(authentication.getName()))
			.map(AppUser::getId).findFirst().orElse(null);
		model.addAttribute("form", FindingForm.blank(LocalDate.now(clock), me));
		return form(initiative, null, model);
	}

	@PostMapping("/initiatives/{id}/findings")
	String record(@PathVariable long id, @Valid @ModelAttribute("form") FindingForm form, BindingResult result,
			Model model, Authentication authentication, RedirectAttributes redirect) {
		InitiativeSummary initiative = service.requireRecorder(id, CurrentUser.of(authentication));
		service.validate(id, form, result);
		if (result.hasErrors()) {
			return form(initiative, null, model);
		}
		long findingId = service.record(id, form, CurrentUser.of(authentication));
		redirect.addFlashAttribute("message", "Finding recorded.");
		return "redirect:/initiatives/" + id + "/findings/" + findingId;
	}

	@GetMapping("/initiatives/{id}/findings/{findingId}")
	String show(@PathVariable long id, @PathVariable long findingId, Model model, Authentication authentication) {
		InitiativeSummary initiative = service.initiative(id);
		FindingViews.Page finding = service.page(id, findingId);
		CurrentUser user = CurrentUser.of(authentication);
		model.addAttribute("initiative", initiative);
		model.addAttribute("finding", finding);
		model.addAttribute("canRecord", FindingPermissions.canRecord(user, initiative));
		model.addAttribute("canVerify", FindingPermissions.canVerify(user, initiative, finding.ownerUsername()));
		if (!model.containsAttribute("stepForm")) {
			StepForm stepForm = new StepForm();
			stepForm.setVersion(finding.version());
			model.addAttribute("stepForm", stepForm);
		}
		if (!model.containsAttribute("closeForm")) {
			CloseForm closeForm = new CloseForm();
			closeForm.setVersion(finding.version());
			model.addAttribute("closeForm", closeForm);
		}
		return "finding/finding";
	}

	@GetMapping("/initiatives/{id}/findings/{findingId}/edit")
	String editForm(@PathVariable long id, @PathVariable long findingId, Model model, Authentication authentication) {
		InitiativeSummary initiative = service.requireRecorder(id, CurrentUser.of(authentication));
		model.addAttribute("form", service.form(id, findingId));
		return form(initiative, findingId, model);
	}

	@PostMapping("/initiatives/{id}/findings/{findingId}")
	String update(@PathVariable long id, @PathVariable long findingId, @Valid @ModelAttribute("form") FindingForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect) {
		InitiativeSummary initiative = service.requireRecorder(id, CurrentUser.of(authentication));
		service.finding(id, findingId);
		service.validate(id, form, result);
		if (form.getVersion() == null) {
			result.reject("version", "The form is incomplete; open the edit page again.");
		}
		if (!result.hasErrors()) {
			try {
				service.update(id, findingId, form, CurrentUser.of(authentication));
				redirect.addFlashAttribute("message", "Changes saved.");
				return "redirect:/initiatives/" + id + "/findings/" + findingId;
			}
			catch (StaleEditException stale) {
				stale(result, stale);
			}
			catch (ObjectOptimisticLockingFailureException race) {
				result.reject("stale", staleMessage("someone else", "just now"));
			}
			catch (FindingRefusal refusal) {
				result.reject("refused", refusal.getMessage());
			}
		}
		if (result.getGlobalErrors().stream().anyMatch(error -> "stale".equals(error.getCode()))) {
			// The user's input stays; the next save is against the version they have now seen.
			FindingForm latest = service.form(id, findingId);
			form.setVersion(latest.getVersion());
			model.addAttribute("latest", service.page(id, findingId));
		}
		return form(initiative, findingId, model);
	}

	@PostMapping("/initiatives/{id}/findings/{findingId}/steps")
	String addStep(@PathVariable long id, @PathVariable long findingId, @Valid @ModelAttribute("stepForm") StepForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect) {
		service.requireRecorder(id, CurrentUser.of(authentication));
		service.finding(id, findingId);
		return submit(id, findingId, result, form::setVersion, model, authentication, redirect, "Step added.", "#steps",
				() -> service.addStep(id, findingId, form, CurrentUser.of(authentication)));
	}

	@PostMapping("/initiatives/{id}/findings/{findingId}/steps/{stepId}/done")
	String completeStep(@PathVariable long id, @PathVariable long findingId, @PathVariable long stepId,
			@Valid @ModelAttribute("versionForm") VersionForm form, BindingResult result, Model model,
			Authentication authentication, RedirectAttributes redirect) {
		service.requireRecorder(id, CurrentUser.of(authentication));
		service.finding(id, findingId);
		return action(id, findingId, result, model, authentication, redirect, "Step marked done.",
				() -> service.completeStep(id, findingId, stepId, form, CurrentUser.of(authentication)));
	}

	@PostMapping("/initiatives/{id}/findings/{findingId}/remediate")
	String startRemediation(@PathVariable long id, @PathVariable long findingId,
			@Valid @ModelAttribute("versionForm") VersionForm form, BindingResult result, Model model,
			Authentication authentication, RedirectAttributes redirect) {
		service.requireRecorder(id, CurrentUser.of(authentication));
		service.finding(id, findingId);
		return action(id, findingId, result, model, authentication, redirect, "Remediation started.",
				() -> service.startRemediation(id, findingId, form, CurrentUser.of(authentication)));
	}

	@PostMapping("/initiatives/{id}/findings/{findingId}/close")
	String close(@PathVariable long id, @PathVariable long findingId, @Valid @ModelAttribute("closeForm") CloseForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect) {
		service.requireRecorder(id, CurrentUser.of(authentication));
		service.finding(id, findingId);
		return submit(id, findingId, result, form::setVersion, model, authentication, redirect,
				"Finding closed with your verification.", "",
				() -> service.close(id, findingId, form, CurrentUser.of(authentication)));
	}

	/**
	 * A form on the finding page (a step, the closure): a stale version becomes a form error, the input is kept and
	 * the form takes the version now stored; a refusal by the finding's state shows above the page.
	 */
	private String submit(long id, long findingId, BindingResult result, Consumer<Long> seenVersion, Model model,
			Authentication authentication, RedirectAttributes redirect, String done, String anchor, Runnable change) {
		if (!result.hasErrors()) {
			try {
				change.run();
				redirect.addFlashAttribute("message", done);
				return "redirect:/initiatives/" + id + "/findings/" + findingId + anchor;
			}
			catch (StaleEditException stale) {
				stale(result, stale);
				seenVersion.accept(service.finding(id, findingId).getVersion());
			}
			catch (ObjectOptimisticLockingFailureException race) {
				result.reject("stale", staleMessage("someone else", "just now"));
				seenVersion.accept(service.finding(id, findingId).getVersion());
			}
			catch (FindingRefusal refusal) {
				// The finding's state refuses it (closed, owner, steps open): above the page, the form may be hidden.
				model.addAttribute("actionError", refusal.getMessage() + " Nothing was changed.");
			}
		}
		return show(id, findingId, model, authentication);
	}

	/** A button without input (mark done, start remediation): a refusal or a stale version shows above the page. */
	private String action(long id, long findingId, BindingResult result, Model model, Authentication authentication,
			RedirectAttributes redirect, String done, Runnable change) {
		String problem;
		if (result.hasErrors()) {
			problem = "The form is incomplete; reload the finding and try again. Nothing was changed.";
		}
		else {
			try {
				change.run();
				redirect.addFlashAttribute("message", done);
				return "redirect:/initiatives/" + id + "/findings/" + findingId + "#steps";
			}
			catch (StaleEditException stale) {
				problem = "This finding was changed by " + stale.getChangedBy() + " meanwhile (" + format(stale)
						+ "). Nothing was changed; check the finding as it is now and try again.";
			}
			catch (ObjectOptimisticLockingFailureException race) {
				problem = "This finding was changed by someone else just now. Nothing was changed; try again.";
			}
			catch (FindingRefusal refusal) {
				problem = refusal.getMessage() + " Nothing was changed.";
			}
		}
		model.addAttribute("actionError", problem);
		return show(id, findingId, model, authentication);
	}

	private String form(InitiativeSummary initiative, Long findingId, Model model) {
		model.addAttribute("initiative", initiative);
		model.addAttribute("findingId", findingId);
		model.addAttribute("owners", service.owners());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("events", service.eventOptions(initiative.id()));
		model.addAttribute("flags", service.flagOptions(initiative.id()));
		return "finding/form";
	}

	private void stale(BindingResult result, StaleEditException stale) {
		result.reject("stale", staleMessage(stale.getChangedBy(), format(stale)));
	}

	private String format(StaleEditException stale) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone()).format(stale.getChangedAt());
	}

	private static String staleMessage(String changedBy, String when) {
		return "This finding was changed by " + changedBy + " meanwhile (" + when + "). Your input is kept below and "
				+ "nothing was saved. Compare it with the finding as it is now, then submit again to apply it.";
	}
}
