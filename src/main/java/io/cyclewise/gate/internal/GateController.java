package io.cyclewise.gate.internal;

import java.util.List;

import io.cyclewise.gate.GateCheck;
import io.cyclewise.gate.GateKind;
import io.cyclewise.gate.GatePreview;
import io.cyclewise.gate.GateRequestResource;
import io.cyclewise.gate.GateVerdict;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.shared.FragmentPage;
import io.cyclewise.shared.InvalidRequestException;
import io.cyclewise.signal.ContextEventService;
import io.cyclewise.signal.SignalFacts;
import io.cyclewise.signal.SignalPermissions;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The gate pages: "Gate decisions" (pending requests, recent decisions, no-impact acknowledgements to review), one
 * request with its snapshot and decision form, the request form, and the initiative page's Gates panel (htmx).
 * Refusals come back as messages on the page; nothing is stored then.
 */
@Controller
class GateController {

	static final int RECENT = 20;
	static final int ACKNOWLEDGEMENTS = 50;

	private final GateWorkflow service;
	private final GateRequestValidator requestValidator;
	private final SignalFacts signals;
	private final ContextEventService events;
	private final MessageSource messages;

	GateController(GateWorkflow service, GateRequestValidator requestValidator, SignalFacts signals,
			ContextEventService events, MessageSource messages) {
		this.service = service;
		this.requestValidator = requestValidator;
		this.signals = signals;
		this.events = events;
		this.messages = messages;
	}

	/** The request's rules need the initiative (its next step, its checks), so the validator is made for it. */
	@InitBinder("form")
	void requestValidators(WebDataBinder binder, @PathVariable(required = false) Long id) {
		if (id != null) {
			binder.addValidators(requestValidator.forInitiative(id));
		}
	}

	@InitBinder("decision")
	void decisionValidators(WebDataBinder binder) {
		binder.addValidators(new GateDecisionValidator());
	}

	@GetMapping("/gates")
	String gates(Model model, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		model.addAttribute("pending", service.pending(user));
		model.addAttribute("recent", service.recent(RECENT));
		model.addAttribute("canDecide", GatePermissions.canDecide(user));
		model.addAttribute("canReview", SignalPermissions.canReviewNoImpact(user));
		model.addAttribute("acknowledgements", signals.noImpactAcknowledgementsToReview(ACKNOWLEDGEMENTS));
		return "gate/gates";
	}

	@GetMapping("/gates/{requestId}")
	String show(@PathVariable long requestId, Model model, Authentication authentication) {
		GateRequestResource request = service.resource(requestId);
		if (!model.containsAttribute("decision")) {
			GateDecisionForm form = new GateDecisionForm();
			form.setVersion(request.version());
			model.addAttribute("decision", form);
		}
		return page(request, model, CurrentUser.of(authentication));
	}

	@PostMapping("/gates/{requestId}/decision")
	String decide(@PathVariable long requestId, @Valid @ModelAttribute("decision") GateDecisionForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		service.requireDecider(user);
		service.resource(requestId);
		if (!result.hasErrors()) {
			try {
				service.decide(requestId, form, user);
				redirect.addFlashAttribute("message", text("gate.decided." + form.getDecision().name()));
				return "redirect:/gates/" + requestId;
			}
			catch (GateRefusal refusal) {
				result.reject(refusal.code(), refusal.getArguments(), null);
			}
			catch (ObjectOptimisticLockingFailureException race) {
				result.reject("gate.refused.race");
			}
			catch (InvalidRequestException invalid) {
				invalid.errors().getAllErrors().forEach(error -> result.reject(error.getCode(), error.getArguments(),
						error.getDefaultMessage()));
			}
		}
		GateRequestResource request = service.resource(requestId);
		form.setVersion(request.version());
		if (!request.pending()) {
			// The decision form is gone (decided meanwhile): say why nothing was stored above the page.
			model.addAttribute("actionError", String.join(" ", result.getGlobalErrors().stream()
				.map(error -> messages.getMessage(error, LocaleContextHolder.getLocale())).toList()));
		}
		return page(request, model, user);
	}

	@PostMapping("/gates/{requestId}/withdraw")
	String withdraw(@PathVariable long requestId, Authentication authentication, RedirectAttributes redirect) {
		try {
			service.withdraw(requestId, CurrentUser.of(authentication));
			redirect.addFlashAttribute("message", text("gate.withdrawn"));
		}
		catch (GateRefusal refusal) {
			redirect.addFlashAttribute("actionError", messages.getMessage(refusal, LocaleContextHolder.getLocale()));
		}
		return "redirect:/gates/" + requestId;
	}

	@GetMapping("/initiatives/{id}/gates")
	String panel(@PathVariable long id, Model model, Authentication authentication,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		InitiativeSummary initiative = service.initiative(id);
		model.addAttribute("initiativeId", id);
		model.addAttribute("stage", service.preview(id, GateKind.STAGE));
		model.addAttribute("phase", service.preview(id, GateKind.PHASE));
		model.addAttribute("history", service.ofInitiative(id));
		model.addAttribute("canRequest", GatePermissions.canRequest(CurrentUser.of(authentication), initiative));
		return FragmentPage.unlessHtmx(htmx, "gate/panel :: panel", model, text("gate.panel.title", initiative.name()),
				"/initiatives/" + id, text("gate.back.initiative"));
	}

	@GetMapping("/initiatives/{id}/gates/new")
	String requestForm(@PathVariable long id, @RequestParam(defaultValue = "STAGE") GateKind kind, Model model,
			Authentication authentication) {
		service.requireRequester(id, CurrentUser.of(authentication));
		GatePreview preview = service.preview(id, kind);
		GateRequestForm form = new GateRequestForm();
		form.setKind(kind);
		form.setTarget(preview.to());
		model.addAttribute("form", withWaiverRows(form, preview));
		return requestPage(preview, model);
	}

	@PostMapping("/initiatives/{id}/gates")
	String request(@PathVariable long id, @Valid @ModelAttribute("form") GateRequestForm form, BindingResult result,
			Model model, Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		service.requireRequester(id, user);
		if (!result.hasErrors()) {
			try {
				long requestId = service.request(id, form.toCommand(), user);
				redirect.addFlashAttribute("message", text("gate.requested"));
				return "redirect:/gates/" + requestId;
			}
			catch (GateRefusal refusal) {
				result.reject(refusal.code(), refusal.getArguments(), null);
			}
			catch (InvalidRequestException invalid) {
				invalid.errors().getAllErrors().forEach(error -> result.reject(error.getCode(), error.getArguments(),
						error.getDefaultMessage()));
			}
		}
		GatePreview preview = service.preview(id, form.getKind() == null ? GateKind.STAGE : form.getKind());
		return requestPage(preview, model);
	}

	@PostMapping("/gates/acknowledgements/{impactId}/reviewed")
	String reviewed(@PathVariable long impactId, Authentication authentication, RedirectAttributes redirect) {
		try {
			events.markNoImpactReviewed(impactId, CurrentUser.of(authentication));
			redirect.addFlashAttribute("message", text("gate.acknowledgement.reviewed"));
		}
		catch (IllegalArgumentException refused) {
			redirect.addFlashAttribute("actionError", refused.getMessage());
		}
		return "redirect:/gates#acknowledgements";
	}

	private static String requestPage(GatePreview preview, Model model) {
		java.util.Map<Long, String> labels = new java.util.HashMap<>();
		preview.checks().stream().filter(check -> check.itemId() != null)
			.forEach(check -> labels.put(check.itemId(), check.label()));
		model.addAttribute("preview", preview);
		model.addAttribute("checkLabels", labels);
		return "gate/request";
	}

	private String page(GateRequestResource request, Model model, CurrentUser user) {
		model.addAttribute("request", request);
		model.addAttribute("canDecide", GatePermissions.canDecide(user) && request.pending()
				&& !request.requestedBy().equalsIgnoreCase(user.username()));
		model.addAttribute("ownRequest", request.requestedBy().equalsIgnoreCase(user.username()));
		model.addAttribute("isDecider", GatePermissions.canDecide(user));
		model.addAttribute("canWithdraw", request.pending() && GatePermissions.canWithdraw(user, request.requestedBy()));
		model.addAttribute("verdicts", request.stale() ? List.of(GateVerdict.REJECTED) : List.of(GateVerdict.values()));
		return "gate/request-detail";
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	/** One waiver row per unmet waivable check, in the checks' order, keeping what was typed. */
	private static GateRequestForm withWaiverRows(GateRequestForm form, GatePreview preview) {
		List<GateRequestForm.Waiver> rows = new java.util.ArrayList<>();
		for (GateCheck check : preview.checks()) {
			if (!check.satisfied() && check.waivable()) {
				rows.add(new GateRequestForm.Waiver(check.itemId(), null));
			}
		}
		form.setWaivers(rows);
		return form;
	}
}
