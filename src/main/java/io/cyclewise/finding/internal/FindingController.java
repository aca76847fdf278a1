package io.cyclewise.finding.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.risk.Severity;
import io.cyclewise.user.account.AppUser;
import io.cyclewise.user.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The findings register's pages. There is deliberately no delete endpoint: findings stay, closed or not (the
 * database refuses DELETE too). Refusals and stale versions come back as messages on the page, input kept.
 */
@Controller
class FindingController {

	/** Someone saved the finding after the form was opened; the form keeps the input and shows the finding now. */
	private static final String STALE = "finding.stale";
	private static final String STALE_RACE = "finding.stale.race";

	private final FindingService service;
	private final FindingFormValidator validator;
	private final MessageSource messages;
	private final Clock clock;

	FindingController(FindingService service, FindingFormValidator validator, MessageSource messages, Clock clock) {
		this.service = service;
		this.validator = validator;
		this.messages = messages;
		this.clock = clock;
	}

	/** The finding form's rules that need the database, for {@code @Valid}; links must belong to this initiative. */
	@InitBinder("form")
	void validators(WebDataBinder binder, @PathVariable(required = false) Long id) {
		if (id != null) {
			binder.addValidators(validator.forInitiative(id));
		}
	}

	@GetMapping("/findings")
	String portfolio(@ModelAttribute("filter") FindingFilter filter, BindingResult result, Model model) {
		model.addAttribute("filterErrors", result.getFieldErrors().stream()
			.map(error -> text("finding.filter.unknown." + error.getField(), error.getRejectedValue())).toList());
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
		if (result.hasErrors()) {
			return form(initiative, null, model);
		}
		long findingId = service.record(id, form, CurrentUser.of(authentication));
		redirect.addFlashAttribute("message", text("finding.recorded"));
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
		if (form.getVersion() == null) {
			result.reject("finding.form.incomplete");
		}
		if (!result.hasErrors()) {
			try {
				service.update(id, findingId, form, CurrentUser.of(authentication));
				redirect.addFlashAttribute("message", text("finding.saved"));
				return "redirect:/initiatives/" + id + "/findings/" + findingId;
			}
			catch (StaleEditException stale) {
				stale(result, stale);
			}
			catch (ObjectOptimisticLockingFailureException race) {
				result.reject(STALE_RACE);
			}
			catch (FindingRefusal refusal) {
				result.reject(refusal.code(), refusal.getArguments(), null);
			}
		}
		if (result.getGlobalErrors().stream().anyMatch(error -> STALE.equals(error.getCode()) || STALE_RACE.equals(error.getCode()))) {
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
		return submit(id, findingId, result, form::setVersion, model, authentication, redirect, "finding.step.added", "#steps",
				() -> service.addStep(id, findingId, form, CurrentUser.of(authentication)));
	}

	@PostMapping("/initiatives/{id}/findings/{findingId}/steps/{stepId}/done")
	String completeStep(@PathVariable long id, @PathVariable long findingId, @PathVariable long stepId,
			@Valid @ModelAttribute("versionForm") VersionForm form, BindingResult result, Model model,
			Authentication authentication, RedirectAttributes redirect) {
		service.requireRecorder(id, CurrentUser.of(authentication));
		service.finding(id, findingId);
		return action(id, findingId, result, model, authentication, redirect, "finding.step.done",
				() -> service.completeStep(id, findingId, stepId, form, CurrentUser.of(authentication)));
	}

	@PostMapping("/initiatives/{id}/findings/{findingId}/remediate")
	String startRemediation(@PathVariable long id, @PathVariable long findingId,
			@Valid @ModelAttribute("versionForm") VersionForm form, BindingResult result, Model model,
			Authentication authentication, RedirectAttributes redirect) {
		service.requireRecorder(id, CurrentUser.of(authentication));
		service.finding(id, findingId);
		return action(id, findingId, result, model, authentication, redirect, "finding.remediation.started",
				() -> service.startRemediation(id, findingId, form, CurrentUser.of(authentication)));
	}

	@PostMapping("/initiatives/{id}/findings/{findingId}/close")
	String close(@PathVariable long id, @PathVariable long findingId, @Valid @ModelAttribute("closeForm") CloseForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect) {
		service.requireRecorder(id, CurrentUser.of(authentication));
		service.finding(id, findingId);
		return submit(id, findingId, result, form::setVersion, model, authentication, redirect,
				"finding.closed", "",
				() -> service.close(id, findingId, form, CurrentUser.of(authentication)));
	}

	/**
	 * A form on the finding page (a step, the closure): a stale version becomes a form error, the input is kept and
	 * the form takes the version now stored; a refusal by the finding's state shows above the page.
	 */
	private String submit(long id, long findingId, BindingResult result, Consumer<Long> seenVersion, Model model,
			Authentication authentication, RedirectAttributes redirect, String doneCode, String anchor, Runnable change) {
		if (!result.hasErrors()) {
			try {
				change.run();
				redirect.addFlashAttribute("message", text(doneCode));
				return "redirect:/initiatives/" + id + "/findings/" + findingId + anchor;
			}
			catch (StaleEditException stale) {
				stale(result, stale);
				seenVersion.accept(service.finding(id, findingId).getVersion());
			}
			catch (ObjectOptimisticLockingFailureException race) {
				result.reject(STALE_RACE);
				seenVersion.accept(service.finding(id, findingId).getVersion());
			}
			catch (FindingRefusal refusal) {
				// The finding's state refuses it (closed, owner, steps open): above the page, the form may be hidden.
				model.addAttribute("actionError", nothingChanged(refusal));
			}
		}
		return show(id, findingId, model, authentication);
	}

	/** A button without input (mark done, start remediation): a refusal or a stale version shows above the page. */
	private String action(long id, long findingId, BindingResult result, Model model, Authentication authentication,
			RedirectAttributes redirect, String doneCode, Runnable change) {
		String problem;
		if (result.hasErrors()) {
			problem = text("finding.action.incomplete");
		}
		else {
			try {
				change.run();
				redirect.addFlashAttribute("message", text(doneCode));
				return "redirect:/initiatives/" + id + "/findings/" + findingId + "#steps";
			}
			catch (StaleEditException stale) {
				problem = text("finding.action.stale", stale.getChangedBy(), format(stale));
			}
			catch (ObjectOptimisticLockingFailureException race) {
				problem = text("finding.action.race");
			}
			catch (FindingRefusal refusal) {
				problem = nothingChanged(refusal);
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
		result.reject(STALE, new Object[] { stale.getChangedBy(), format(stale) }, null);
	}

	/** A refusal by the finding's state, shown above the page. */
	private String nothingChanged(FindingRefusal refusal) {
		return text("finding.refused.nothingChanged", messages.getMessage(refusal, LocaleContextHolder.getLocale()));
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	private String format(StaleEditException stale) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone()).format(stale.getChangedAt());
	}
}
