package io.cyclewise.signal.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.signal.CadenceForm;
import io.cyclewise.signal.ReviewForm;
import io.cyclewise.signal.ReviewOutcome;
import io.cyclewise.signal.ReviewService;
import io.cyclewise.signal.SignalPermissions;
import io.cyclewise.signal.support.Submissions;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An initiative's reviews and cadence; recording a review; the list of overdue reviews. */
@Controller
class ReviewController {

	private final ReviewService service;
	private final InitiativeService initiatives;
	private final Clock clock;

	ReviewController(ReviewService service, InitiativeService initiatives, Clock clock) {
		this.service = service;
		this.initiatives = initiatives;
		this.clock = clock;
	}

	@GetMapping("/initiatives/{id}/reviews")
	String reviews(@PathVariable long id, Model model, Authentication authentication) {
		InitiativeSummary initiative = initiatives.get(id);
		model.addAttribute("initiative", initiative);
		model.addAttribute("schedule", service.schedule(id).orElseThrow());
		model.addAttribute("reviews", service.reviews(id));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("canReview", SignalPermissions.canRespondFor(CurrentUser.of(authentication), initiative));
		if (!model.containsAttribute("cadenceForm")) {
			CadenceForm form = new CadenceForm();
			var stored = service.cadence(id);
			form.setCadenceDays(stored.map(ReviewCadence::getCadenceDays).orElse(service.schedule(id).orElseThrow().fact().cadenceDays()));
			form.setVersion(stored.map(ReviewCadence::getVersion).orElse(null));
			model.addAttribute("cadenceForm", form);
		}
		return "signal/reviews";
	}

	@PostMapping("/initiatives/{id}/review-cadence")
	String setCadence(@PathVariable long id, @Valid @ModelAttribute("cadenceForm") CadenceForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		service.reviewable(id, user);
		if (!result.hasErrors()) {
			try {
				service.setCadence(id, form, user);
				redirect.addFlashAttribute("message", "Review cadence set to every " + form.getCadenceDays() + " days.");
				return "redirect:/initiatives/" + id + "/reviews";
			}
			catch (StaleEditException stale) {
				staleCadence(form, result, stale.getChangedBy(), String.valueOf(stale.getChangedAt()), id);
			}
			catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException race) {
				staleCadence(form, result, "someone else", "just now", id);
			}
		}
		return reviews(id, model, authentication);
	}

	private void staleCadence(CadenceForm form, BindingResult result, String who, String when, long id) {
		var stored = service.cadence(id);
		result.reject("stale", "The cadence was changed by " + who + " meanwhile (" + when + "); it is now every "
				+ stored.map(ReviewCadence::getCadenceDays).map(String::valueOf).orElse("?")
				+ " days. Your value is kept; save again to apply it.");
		form.setVersion(stored.map(ReviewCadence::getVersion).orElse(null));
	}

	@GetMapping("/initiatives/{id}/reviews/new")
	String newReview(@PathVariable long id, Model model, Authentication authentication) {
		InitiativeSummary initiative = service.reviewable(id, CurrentUser.of(authentication));
		model.addAttribute("form", ReviewForm.blank(LocalDate.now(clock), initiative.version()));
		return reviewForm(initiative, model);
	}

	@PostMapping("/initiatives/{id}/reviews")
	String record(@PathVariable long id, @Valid @ModelAttribute("form") ReviewForm form, BindingResult result,
			Model model, Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		InitiativeSummary initiative = service.reviewable(id, user);
		service.validate(initiative, form, result);
		if (!result.hasErrors()) {
			try {
				service.record(id, form, user);
				redirect.addFlashAttribute("message", form.getOutcome() == ReviewOutcome.RETURN_TO_EARLIER_PHASE
						? "Review recorded; the initiative returned to " + form.getReturnToPhase().label() + "."
						: "Review recorded.");
				return "redirect:/initiatives/" + id + "#signals";
			}
			catch (DataIntegrityViolationException race) {
				if (!Submissions.isDuplicate(race)) {
					throw race;
				}
				Submissions.duplicate(result);
			}
			catch (StaleEditException | ObjectOptimisticLockingFailureException stale) {
				InitiativeSummary latest = initiatives.get(id);
				result.reject("stale", "The initiative was changed meanwhile; it is now in "
						+ latest.alignmentPhase().label() + ". Your input is kept; check the phase and submit again.");
				form.setInitiativeVersion(latest.version());
			}
		}
		return reviewForm(initiatives.get(id), model);
	}

	private String reviewForm(InitiativeSummary initiative, Model model) {
		model.addAttribute("initiative", initiative);
		model.addAttribute("outcomes", ReviewOutcome.values());
		model.addAttribute("earlierPhases", Arrays.stream(AlignmentPhase.values())
			.filter(phase -> phase.ordinal() < initiative.alignmentPhase().ordinal()).toList());
		return "signal/review-form";
	}

	/** Leads see their own overdue reviews first; everyone may switch to the whole portfolio. */
	@GetMapping("/reviews/overdue")
	String overdue(@RequestParam(name = "all", defaultValue = "false") boolean all, Model model,
			Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		boolean mine = !all && user.has(Role.PROJECT_LEAD);
		model.addAttribute("mine", mine);
		model.addAttribute("isLead", user.has(Role.PROJECT_LEAD));
		model.addAttribute("overdue", service.overdue(mine ? user.username() : null));
		model.addAttribute("today", LocalDate.now(clock));
		return "signal/overdue-reviews";
	}
}
