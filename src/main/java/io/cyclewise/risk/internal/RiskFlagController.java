package io.cyclewise.risk.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeFilter;
import io.cyclewise.initiative.InitiativePermissions;
import io.cyclewise.initiative.InitiativeSelection;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.risk.RecomputationStatus;
import io.cyclewise.risk.RiskFlagService;
import io.cyclewise.shared.CsvCells;
import io.cyclewise.shared.FragmentPage;
import io.cyclewise.signal.AcknowledgementOutcome;
import io.cyclewise.signal.SignalFacts;
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

/** The flags section of an initiative's page (loaded by htmx) and a lead's "accept this risk". */
@Controller
class RiskFlagController {

	private final RiskFlagService flags;
	private final InitiativeService initiatives;
	private final RecomputationStatus recomputation;
	private final RiskFlagCsv csv;
	private final InitiativeSelection selections;
	private final SignalFacts signals;
	private final RiskAcceptanceValidator acceptanceValidator;
	private final MessageSource messages;
	private final Clock clock;

	RiskFlagController(RiskFlagService flags, InitiativeService initiatives, RecomputationStatus recomputation,
			RiskFlagCsv csv, InitiativeSelection selections, SignalFacts signals,
			RiskAcceptanceValidator acceptanceValidator, MessageSource messages, Clock clock) {
		this.acceptanceValidator = acceptanceValidator;
		this.messages = messages;
		this.signals = signals;
		this.flags = flags;
		this.initiatives = initiatives;
		this.recomputation = recomputation;
		this.csv = csv;
		this.selections = selections;
		this.clock = clock;
	}

	@InitBinder("acceptance")
	void validateAcceptance(WebDataBinder binder) {
		binder.addValidators(acceptanceValidator);
	}

	/** One initiative's flags, open and cleared, as CSV. */
	@GetMapping("/initiatives/{id}/flags.csv")
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		InitiativeSummary initiative = initiatives.get(id);
		CsvCells.download(response, "risk-flags-initiative-" + id, LocalDate.now(clock));
		csv.write(initiative, response.getWriter());
	}

	/** The flags of every initiative the list filter selects (same parameters as the initiative list). */
	@GetMapping("/risk/flags.csv")
	void exportPortfolio(@Valid @ModelAttribute("filter") InitiativeFilter filter, BindingResult result,
			HttpServletResponse response) throws IOException {
		InitiativeSelection.Selection selection = selections.select(filter, result);
		CsvCells.download(response, "risk-flags", LocalDate.now(clock));
		csv.write(selection, response.getWriter());
	}

	@GetMapping("/initiatives/{id}/flags")
	String flags(@PathVariable long id, Model model, Authentication authentication,
			@RequestHeader(value = "HX-Request", required = false) String htmx) {
		InitiativeSummary initiative = initiatives.get(id);
		model.addAttribute("initiativeId", id);
		model.addAttribute("canAccept", InitiativePermissions.canEdit(CurrentUser.of(authentication), initiative));
		model.addAttribute("flags", flags.flagsOf(id));
		// "No impact" clears a context-change flag by judgement alone, so it is shown here for review.
		model.addAttribute("noImpact", signals.acknowledgedEvents(id).stream()
			.filter(event -> event.outcome() == AcknowledgementOutcome.NO_IMPACT).toList());
		model.addAttribute("evaluatedAt", recomputation.evaluatedAt(id).orElse(null));
		model.addAttribute("recomputing", recomputation.isMarked(id));
		if (!model.containsAttribute("acceptance")) {
			model.addAttribute("acceptance", new RiskAcceptanceForm());
		}
		Locale locale = LocaleContextHolder.getLocale();
		return FragmentPage.unlessHtmx(htmx, "risk/flags :: flags", model,
				messages.getMessage("risk.flags.pageTitle", new Object[] { initiative.name() }, locale),
				"/initiatives/" + id, messages.getMessage("risk.flags.backLabel", new Object[] { initiative.name() }, locale));
	}

	@PostMapping("/initiatives/{id}/flags/{flagId}/accept")
	String accept(@PathVariable long id, @PathVariable long flagId,
			@Valid @ModelAttribute("acceptance") RiskAcceptanceForm form, BindingResult result, Model model,
			Authentication authentication, @RequestHeader(value = "HX-Request", required = false) String htmx) {
		CurrentUser user = CurrentUser.of(authentication);
		flags.requireAcceptor(id, user);
		flags.openFlag(id, flagId);
		if (result.hasErrors()) {
			model.addAttribute("failedFlagId", flagId);
			return flags(id, model, authentication, htmx);
		}
		flags.accept(id, flagId, form.toCommand(), user);
		model.addAttribute("acceptance", new RiskAcceptanceForm());
		model.addAttribute("message", messages.getMessage("risk.acceptance.accepted",
				new Object[] { form.getExpiresOn().toString() }, LocaleContextHolder.getLocale()));
		return htmx != null ? flags(id, model, authentication, htmx) : "redirect:/initiatives/" + id + "#flags";
	}
}
