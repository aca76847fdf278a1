package io.cyclewise.checklist.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.cyclewise.checklist.ChecklistFacts;
import io.cyclewise.checklist.ChecklistService;
import io.cyclewise.checklist.MechanismFit;
import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.checklist.ShiftCause;
import io.cyclewise.checklist.ShiftInitiator;
import io.cyclewise.checklist.ShiftReason;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.MechanismType;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.shared.CsvCells;
import io.cyclewise.shared.FragmentPage;
import io.cyclewise.shared.Terms;
import io.cyclewise.user.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An initiative's checklists: the full page, the summary the initiative page loads with htmx, inline answers
 * (htmx swaps the item's row; without JavaScript the form posts and the page reloads), answer history, and the
 * mechanism shift.
 */
@Controller
@RequestMapping("/initiatives/{id}/checklists")
class ChecklistController {

	/** htmx listens for this to refresh the fit and completion after an answer was stored. */
	static final String CHANGED_TRIGGER = "checklist-changed";

	private final ChecklistBoardService boards;
	private final ChecklistWork work;
	private final ChecklistFacts facts;
	private final ChecklistQueries queries;
	private final ChecklistAnswerCsv csv;
	private final InitiativeService initiatives;
	private final MessageSource messages;
	private final Terms terms;
	private final Clock clock;

	ChecklistController(ChecklistBoardService boards, ChecklistWork work, ChecklistFacts facts,
			ChecklistQueries queries, ChecklistAnswerCsv csv, InitiativeService initiatives, MessageSource messages,
			Terms terms, Clock clock) {
		this.boards = boards;
		this.work = work;
		this.facts = facts;
		this.queries = queries;
		this.csv = csv;
		this.initiatives = initiatives;
		this.messages = messages;
		this.terms = terms;
		this.clock = clock;
	}

	/** Every applicable item of this initiative's checklists with its answer and evidence, as CSV. */
	@GetMapping("/answers.csv")
	void export(@PathVariable long id, HttpServletResponse response) throws java.io.IOException {
		InitiativeSummary initiative = initiatives.get(id);
		CsvCells.download(response, "checklist-answers-initiative-" + id, LocalDate.now(clock));
		csv.write(initiative, response.getWriter());
	}

	@GetMapping
	String board(@PathVariable long id, Model model, Authentication authentication) {
		ChecklistBoard board = boards.board(id, CurrentUser.of(authentication));
		model.addAttribute("board", board);
		if (!model.containsAttribute("shiftForm")) {
			model.addAttribute("shiftForm", shiftFormFor(board));
		}
		addChoices(model);
		return "checklist/board";
	}

	/** Loaded into the initiative page: completion per checklist, open items, the fit and the trajectory. */
	@GetMapping("/summary")
	String summary(@PathVariable long id, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("initiativeId", id);
		model.addAttribute("fit", facts.fit(id));
		model.addAttribute("completion", facts.completion(id));
		model.addAttribute("openItems", queries.openItems(id));
		model.addAttribute("trajectory", facts.shifts(id));
		return FragmentPage.unlessHtmx(htmx, "checklist/summary :: summary", model,
				terms.message("checklist.summary.pageTitle"), "/initiatives/" + id, terms.message("checklist.back.initiative"));
	}

	@GetMapping("/fit")
	String fit(@PathVariable long id, Model model, Authentication authentication,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		board(id, model, authentication);
		return FragmentPage.unlessHtmx(htmx, "checklist/board :: fit-and-completion", model,
				terms.message("checklist.fit.pageTitle"), "/initiatives/" + id + "/checklists",
				terms.message("checklist.back.checklists"));
	}

	/** The checklist's own rules (and the evidence links) join Bean Validation, so {@code @Valid} finds every error. */
	@InitBinder("answer")
	void answerRules(WebDataBinder binder, @PathVariable long itemId) {
		binder.addValidators(new ChecklistAnswerValidator(work.kindOf(itemId)));
	}

	@PostMapping("/items/{itemId}")
	String answer(@PathVariable long id, @PathVariable long itemId, @Valid @ModelAttribute("answer") ChecklistAnswerForm form,
			BindingResult binding, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Authentication authentication, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		CurrentUser user = CurrentUser.of(authentication);
		work.workable(id, user);
		work.item(itemId);
		ItemRow row;
		if (binding.hasErrors()) {
			row = boards.row(id, itemId, user).refused(form, rowErrors(binding, locale));
			response.setStatus(422);
		}
		else {
			try {
				ChecklistService.Outcome outcome = work.answer(id, itemId, form.toInput(), form.getSeenVersion(), user);
				row = boards.row(id, itemId, user).saying(messages.getMessage(switch (outcome) {
					case SAVED -> "checklist.answer.saved";
					case UNCHANGED -> "checklist.answer.unchanged";
					case ALREADY_SAVED -> "checklist.answer.alreadySaved";
				}, null, locale));
				if (outcome == ChecklistService.Outcome.SAVED) {
					response.setHeader("HX-Trigger", CHANGED_TRIGGER);
				}
				if (htmx == null) {
					redirect.addFlashAttribute("message", row.getMessage());
					return "redirect:/initiatives/" + id + "/checklists#" + row.getDomId();
				}
			}
			catch (StaleAnswerException stale) {
				row = boards.row(id, itemId, user);
				row.conflicting(form, row.getAnswer() != null ? row.getAnswer() : stale.getCurrent());
				response.setStatus(409);
			}
			catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException race) {
				row = boards.row(id, itemId, user);
				row.conflicting(form, row.getAnswer());
				response.setStatus(409);
			}
			catch (ChecklistRefusal refusal) {
				row = boards.row(id, itemId, user).refused(form, Map.of("form", messages.getMessage(refusal, locale)));
				response.setStatus(422);
			}
		}
		if (htmx == null) {
			// Without htmx: the whole page again, with this row showing the message and the typed input.
			board(id, model, authentication);
			model.addAttribute("replacedRow", row);
			return "checklist/board";
		}
		model.addAttribute("row", row);
		return "checklist/board :: item-row";
	}

	@GetMapping("/answers/{answerId}/history")
	String history(@PathVariable long id, @PathVariable long answerId, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("changes", work.history(id, answerId));
		return FragmentPage.unlessHtmx(htmx, "checklist/board :: answer-history", model,
				terms.message("checklist.history.pageTitle"), "/initiatives/" + id + "/checklists",
				terms.message("checklist.back.checklists"));
	}

	@PostMapping("/shift")
	String shift(@PathVariable long id, @Valid @ModelAttribute("shiftForm") MechanismShiftForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect,
			HttpServletResponse response) {
		work.requireShifter(id, CurrentUser.of(authentication));
		if (!result.hasErrors()) {
			try {
				MechanismShift shift = work.shift(id, form.toCommand(), CurrentUser.of(authentication));
				redirect.addFlashAttribute("message", terms.message("checklist.shift.done",
						terms.label(shift.getFromMechanism()), terms.label(shift.getToMechanism())));
				return "redirect:/initiatives/" + id + "/checklists#mechanism-fit";
			}
			catch (ChecklistRefusal refusal) {
				result.reject(refusal.code(), refusal.getArguments(), null);
			}
			catch (ObjectOptimisticLockingFailureException race) {
				result.reject("checklist.shift.stale");
			}
		}
		response.setStatus(422);
		model.addAttribute("shiftOpen", true);
		return board(id, model, authentication);
	}

	private static MechanismShiftForm shiftFormFor(ChecklistBoard board) {
		MechanismShiftForm form = new MechanismShiftForm();
		ValueCreationMechanism current = board.initiative().mechanism();
		form.setFrom(current);
		MechanismFit fit = board.fit();
		if (fit.suggestedMechanism() != null && fit.suggestedMechanism() != current) {
			form.setTo(fit.suggestedMechanism());
			form.setReason(fit.mismatch() ? ShiftReason.CONDITION_LOST : ShiftReason.CONDITION_MET);
			if (fit.mismatch()) {
				form.setTriggeringCondition(fit.missing().get(0));
			}
		}
		return form;
	}

	/**
	 * The errors as the item's row shows them, one message per field; a missing or forged version and anything not
	 * tied to a field go to the row's form-wide message. Forged values (an unknown status, a non-number version)
	 * become messages too, never a 500.
	 */
	private Map<String, String> rowErrors(BindingResult binding, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (ObjectError error : binding.getAllErrors()) {
			String key = error instanceof FieldError field && !field.getField().equals("seenVersion") ? field.getField() : "form";
			errors.putIfAbsent(key, messages.getMessage(error, locale));
		}
		return errors;
	}

	private static void addChoices(Model model) {
		model.addAttribute("mechanisms", ValueCreationMechanism.values());
		model.addAttribute("mechanismTypes", MechanismType.values());
		model.addAttribute("shiftReasons", ShiftReason.values());
		model.addAttribute("shiftCauses", ShiftCause.values());
		model.addAttribute("shiftInitiators", ShiftInitiator.values());
		model.addAttribute("conditions", NecessaryCondition.values());
	}
}
