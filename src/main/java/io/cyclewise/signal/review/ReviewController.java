package io.cyclewise.signal.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.shared.Terms;
import io.cyclewise.signal.ReviewOutcome;
import io.cyclewise.signal.ReviewService;
import io.cyclewise.signal.SignalPermissions;
import io.cyclewise.signal.support.FormTypes;
import io.cyclewise.signal.support.Submissions;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
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
	private final ReviewValidator reviewRules;
	private final InitiativeService initiatives;
	private final Terms terms;
	private final Clock clock;

	ReviewController(ReviewService service, ReviewValidator reviewRules, InitiativeService initiatives, Terms terms,
			Clock clock) {
		this.service = service;
		this.reviewRules = reviewRules;
		this.initiatives = initiatives;
		this.terms = terms;
		this.clock = clock;
	}

	@InitBinder("form")
	void reviewRules(WebDataBinder binder, @PathVariable long id) {
		if (FormTypes.binds(binder, ReviewForm.class)) {
			binder.addValidators(reviewRules.forInitiative(id));
		}
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
				service.setCadence(id, form.toCommand(), user);
				redirect.addFlashAttribute("message", terms.message("signal.cadence.set",
						String.valueOf(form.getCadenceDays())));
				return "redirect:/initiatives/" + id + "/reviews";
			}
			catch (StaleEditException stale) {
				staleCadence(form, result, stale.getChangedBy(), String.valueOf(stale.getChangedAt()), id);
			}
			catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException race) {
				staleCadence(form, result, terms.message("signal.stale.someoneElse"), terms.message("signal.stale.justNow"), id);
			}
		}
		return reviews(id, model, authentication);
	}

	private void staleCadence(CadenceForm form, BindingResult result, String who, String when, long id) {
		var stored = service.cadence(id);
		result.reject("signal.cadence.stale", new Object[] { who, when,
				stored.map(ReviewCadence::getCadenceDays).map(String::valueOf).orElse("?") }, null);
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
		service.reviewable(id, user);
		if (!result.hasErrors()) {
			try {
				service.record(id, form.toCommand(), user);
				redirect.addFlashAttribute("message", form.getOutcome() == ReviewOutcome.RETURN_TO_EARLIER_PHASE
						? terms.message("signal.review.recordedReturned", terms.label(form.getReturnToPhase()))
						: terms.message("signal.review.recorded"));
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
				result.reject("signal.review.changedMeanwhile", new Object[] {
						new DefaultMessageSourceResolvable(latest.alignmentPhase().labelCode()) }, null);
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
