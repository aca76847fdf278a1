package io.cyclewise.signal.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.signal.AcknowledgementForm;
import io.cyclewise.signal.AcknowledgementOutcome;
import io.cyclewise.signal.CloseEventForm;
import io.cyclewise.signal.ContextChangeKind;
import io.cyclewise.signal.ContextChangeType;
import io.cyclewise.signal.ContextEventForm;
import io.cyclewise.signal.ContextEventService;
import io.cyclewise.signal.ScopeKind;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording, reading and closing context-change events; acknowledging them for one initiative. */
@Controller
class ContextEventController {

	private final ContextEventService service;
	private final InitiativeService initiatives;
	private final BusinessUnits businessUnits;
	private final Clock clock;

	ContextEventController(ContextEventService service, InitiativeService initiatives,
			BusinessUnits businessUnits, Clock clock) {
		this.service = service;
		this.initiatives = initiatives;
		this.businessUnits = businessUnits;
		this.clock = clock;
	}

	@GetMapping("/events/new")
	String newEvent(Model model, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		service.mayOpenEventForm(user);
		boolean leadsOnly = user.has(Role.PROJECT_LEAD) && !user.isAdmin() && !user.has(Role.EXECUTIVE);
		model.addAttribute("form", ContextEventForm.blank(LocalDate.now(clock),
				leadsOnly ? ScopeKind.BUSINESS_UNITS : ScopeKind.ORGANIZATION));
		return eventForm(model);
	}

	@PostMapping("/events")
	String record(@Valid @ModelAttribute("form") ContextEventForm form, BindingResult result, Model model,
			Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		service.mayOpenEventForm(user);
		service.validate(form, user, result);
		if (!result.hasErrors()) {
			try {
				long id = service.record(form, user);
				int affected = service.affected(id).size();
				redirect.addFlashAttribute("message", "Context change “" + form.getTitle().trim() + "” recorded; it affects "
						+ affected + (affected == 1 ? " initiative." : " initiatives."));
				return "redirect:/events/" + id;
			}
			catch (DataIntegrityViolationException race) {
				if (!Submissions.isDuplicate(race)) {
					throw race;
				}
				Submissions.duplicate(result);
			}
		}
		return eventForm(model);
	}

	private String eventForm(Model model) {
		Map<ContextChangeType, java.util.List<ContextChangeKind>> kinds = new LinkedHashMap<>();
		for (ContextChangeType type : ContextChangeType.values()) {
			kinds.put(type, ContextChangeKind.of(type));
		}
		model.addAttribute("kindsByType", kinds);
		model.addAttribute("scopes", ScopeKind.values());
		model.addAttribute("businessUnits", businessUnits.all());
		model.addAttribute("knownUserContexts", service.knownUserContexts());
		return "signal/event-form";
	}

	@GetMapping("/events/{eventId}")
	String show(@PathVariable long eventId, Model model, Authentication authentication) {
		var event = service.event(eventId);
		model.addAttribute("event", event);
		model.addAttribute("affected", service.affected(eventId));
		model.addAttribute("unitNames", businessUnits.findAll(event.getBusinessUnitIds()).stream()
			.map(BusinessUnitSummary::name).sorted().toList());
		model.addAttribute("canClose", event.isOpen()
				&& SignalPermissions.canClose(CurrentUser.of(authentication), event.getRecordedBy()));
		if (!model.containsAttribute("closeForm")) {
			CloseEventForm closeForm = new CloseEventForm();
			closeForm.setVersion(event.getVersion());
			model.addAttribute("closeForm", closeForm);
		}
		return "signal/event";
	}

	@PostMapping("/events/{eventId}/close")
	String close(@PathVariable long eventId, @Valid @ModelAttribute("closeForm") CloseEventForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect) {
		service.requireCloser(eventId, CurrentUser.of(authentication));
		if (!result.hasErrors()) {
			try {
				service.close(eventId, form, CurrentUser.of(authentication));
				redirect.addFlashAttribute("message", "Context change closed: initiatives that enter its scope from now on are not linked to it.");
				return "redirect:/events/" + eventId;
			}
			catch (StaleEditException stale) {
				result.reject("stale", "This context change was changed by " + stale.getChangedBy() + " meanwhile ("
						+ stale.getChangedAt() + "). Nothing was changed; look at it again below.");
			}
			catch (ObjectOptimisticLockingFailureException race) {
				result.reject("stale", "This context change was changed by someone else just now. Nothing was changed.");
			}
		}
		return show(eventId, model, authentication);
	}

	@GetMapping("/initiatives/{id}/events/{eventId}")
	String acknowledgement(@PathVariable long id, @PathVariable long eventId, Model model,
			Authentication authentication) {
		EventImpact impact = service.impact(id, eventId);
		if (!model.containsAttribute("form")) {
			AcknowledgementForm form = new AcknowledgementForm();
			form.setVersion(impact.getVersion());
			model.addAttribute("form", form);
		}
		return acknowledgementPage(id, impact, model, authentication);
	}

	@PostMapping("/initiatives/{id}/events/{eventId}/acknowledge")
	String acknowledge(@PathVariable long id, @PathVariable long eventId,
			@Valid @ModelAttribute("form") AcknowledgementForm form, BindingResult result, Model model,
			Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		EventImpact impact = service.impact(id, eventId);
		InitiativeSummary initiative = initiatives.get(id);
		if (!SignalPermissions.canRespondFor(user, initiative)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only the initiative's lead or an administrator acknowledges a context change.");
		}
		if (form.getVersion() == null) {
			result.reject("incomplete", "The form is incomplete; open the page again.");
		}
		service.validate(form, result);
		if (!result.hasErrors()) {
			try {
				service.acknowledge(id, eventId, form, user);
				redirect.addFlashAttribute("message", "Acknowledged “" + impact.getEvent().getTitle() + "”.");
				return "redirect:/initiatives/" + id + "#signals";
			}
			catch (StaleEditException stale) {
				result.reject("stale", "This context change was already acknowledged for this initiative by "
						+ stale.getChangedBy() + " (" + stale.getChangedAt() + "). Your response is kept below; "
						+ "nothing was stored.");
			}
			catch (ObjectOptimisticLockingFailureException race) {
				result.reject("stale", "Someone acknowledged this context change just now. Your response is kept "
						+ "below; nothing was stored.");
			}
			impact = service.impact(id, eventId);
		}
		model.addAttribute("showForm", true);
		return acknowledgementPage(id, impact, model, authentication);
	}

	private String acknowledgementPage(long id, EventImpact impact, Model model, Authentication authentication) {
		InitiativeSummary initiative = initiatives.get(id);
		model.addAttribute("initiative", initiative);
		model.addAttribute("impact", impact);
		model.addAttribute("event", service.event(impact.getEvent().getId()));
		model.addAttribute("outcomes", AcknowledgementOutcome.values());
		model.addAttribute("canAcknowledge", !impact.isAcknowledged()
				&& SignalPermissions.canRespondFor(CurrentUser.of(authentication), initiative));
		return "signal/acknowledge";
	}
}
