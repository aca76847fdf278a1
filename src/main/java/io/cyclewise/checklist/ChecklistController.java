package io.cyclewise.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.MechanismType;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.shared.CsvCells;
import io.cyclewise.shared.FragmentPage;
import io.cyclewise.user.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
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
	private final ChecklistService service;
	private final ChecklistFacts facts;
	private final ChecklistQueries queries;
	private final ChecklistAnswerCsv csv;
	private final InitiativeService initiatives;
	private final Clock clock;

	ChecklistController(ChecklistBoardService boards, ChecklistService service, ChecklistFacts facts,
			ChecklistQueries queries, ChecklistAnswerCsv csv, InitiativeService initiatives, Clock clock) {
		this.boards = boards;
		this.service = service;
		this.facts = facts;
		this.queries = queries;
		this.csv = csv;
		this.initiatives = initiatives;
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
		return FragmentPage.unlessHtmx(htmx, "checklist/summary :: summary", model, "Checklist summary",
				"/initiatives/" + id, "the initiative");
	}

	@GetMapping("/fit")
	String fit(@PathVariable long id, Model model, Authentication authentication,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		board(id, model, authentication);
		return FragmentPage.unlessHtmx(htmx, "checklist/board :: fit-and-completion", model,
				"Mechanism fit and checklist completion", "/initiatives/" + id + "/checklists", "the checklists");
	}

	@PostMapping("/items/{itemId}")
	String answer(@PathVariable long id, @PathVariable long itemId, @ModelAttribute("answer") ChecklistAnswerForm form,
			BindingResult binding, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Authentication authentication, HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		service.workable(id, user);
		ChecklistTemplateItem item = service.item(itemId);
		ChecklistKind kind = service.template(item).getKind();
		Map<String, String> errors = bindingErrors(binding);
		if (errors.isEmpty()) {
			errors.putAll(form.validate(kind));
		}
		ItemRow row;
		if (!errors.isEmpty()) {
			row = boards.row(id, itemId, user).refused(form, errors);
			response.setStatus(422);
		}
		else {
			try {
				ChecklistService.Outcome outcome = service.answer(id, itemId, form.toInput(), form.getSeenVersion(), user);
				row = boards.row(id, itemId, user).saying(switch (outcome) {
					case SAVED -> "Saved.";
					case UNCHANGED -> "Nothing changed; nothing was stored.";
					case ALREADY_SAVED -> "This answer was already saved; nothing was stored twice.";
				});
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
				row = boards.row(id, itemId, user).refused(form, Map.of("form", refusal.getMessage()));
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
		model.addAttribute("changes", service.history(id, answerId));
		return FragmentPage.unlessHtmx(htmx, "checklist/board :: answer-history", model, "History of an answer",
				"/initiatives/" + id + "/checklists", "the checklists");
	}

	@PostMapping("/shift")
	String shift(@PathVariable long id, @Valid @ModelAttribute("shiftForm") MechanismShiftForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect,
			HttpServletResponse response) {
		service.requireShifter(id, CurrentUser.of(authentication));
		if (!result.hasErrors()) {
			try {
				MechanismShift shift = service.shift(id, form.getFrom(), form, CurrentUser.of(authentication));
				redirect.addFlashAttribute("message", "Mechanism shifted from " + shift.getFromMechanism().label()
						+ " to " + shift.getToMechanism().label() + "; the shift is recorded in the trajectory.");
				return "redirect:/initiatives/" + id + "/checklists#mechanism-fit";
			}
			catch (ChecklistRefusal refusal) {
				result.reject("refused", refusal.getMessage());
			}
			catch (ObjectOptimisticLockingFailureException race) {
				result.reject("stale", "The initiative was changed by someone else meanwhile; nothing was shifted. Try again.");
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

	/** Forged values (an unknown status, a non-number version) become messages, never a 500. */
	private static Map<String, String> bindingErrors(BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			String field = error.getField();
			switch (field) {
				case "status" -> errors.put("status", "Choose one of the offered values: met, partly met, not met or not applicable.");
				case "seenVersion" -> errors.put("form", "The form is incomplete; reload the page and try again.");
				default -> errors.put("form", "The value of “" + field + "” could not be read.");
			}
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
