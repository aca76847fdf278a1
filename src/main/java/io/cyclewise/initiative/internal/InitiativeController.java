package io.cyclewise.initiative.internal;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.InitiativeFilter;
import io.cyclewise.initiative.InitiativeListCriterion;
import io.cyclewise.initiative.InitiativePermissions;
import io.cyclewise.initiative.InitiativeSelection;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.InitiativeSort;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.MechanismType;
import io.cyclewise.initiative.OrganizationCycleState;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.initiative.UserCycleState;
import io.cyclewise.initiative.ValueCreationMechanism;

import java.time.Clock;
import java.time.LocalDate;

import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.shared.NotAllowedException;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.shared.CsvCells;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.UserDirectory;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import io.cyclewise.shared.Terms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The initiative registry's pages: list, detail with history, register, edit, expectations. */
@Controller
@RequestMapping("/initiatives")
class InitiativeController {

	private final InitiativeService service;
	private final InitiativeRepository initiatives;
	private final InitiativeFormValidator validator;
	private final BusinessUnits businessUnits;
	private final UserDirectory users;
	private final Clock clock;
	private final InitiativeSelection selections;
	private final InitiativeCsv csv;

	private static final String STALE = "initiative.stale";

	private final MessageSource messages;
	private final Terms terms;

	InitiativeController(InitiativeService service, InitiativeRepository initiatives, InitiativeFormValidator validator,
			BusinessUnits businessUnits, UserDirectory users, Clock clock, InitiativeSelection selections,
			InitiativeCsv csv, MessageSource messages, Terms terms) {
		this.messages = messages;
		this.terms = terms;
		this.selections = selections;
		this.csv = csv;
		this.service = service;
		this.initiatives = initiatives;
		this.validator = validator;
		this.businessUnits = businessUnits;
		this.users = users;
		this.clock = clock;
	}

	/** A text of the initiative bundle in the request's language (flash messages, chips, notices). */
	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	/** The form's database checks run with Bean Validation ({@code @Valid}); editing knows the initiative's id. */
	@InitBinder("form")
	void validateForm(WebDataBinder binder, @PathVariable(name = "id", required = false) Long id) {
		binder.addValidators(validator.forInitiative(id));
	}

	@GetMapping
	String list(@Valid @ModelAttribute("filter") InitiativeFilter filter, BindingResult result, Model model,
			Authentication authentication, @RequestParam(name = "from", required = false) String from) {
		InitiativeSelection.Selection selection = selections.select(filter, result);
		java.util.List<String> filterErrors = new java.util.ArrayList<>(selection.problems());
		java.util.List<InitiativeListCriterion> active = selection.criteria();
		model.addAttribute("filterErrors", filterErrors);
		model.addAttribute("activeCriteria", active);
		model.addAttribute("criteria", selections.offeredCriteria());
		Page<Initiative> page = initiatives.findAll(filter.specification(active),
				PageRequest.of(Math.min(filter.getPage(), Integer.MAX_VALUE / filter.getSize()), filter.getSize(),
						filter.getSort().sort()));
		if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
			// A page past the end (an old bookmark, a crafted number): show the last page and say so.
			int last = Math.max(page.getTotalPages() - 1, 0);
			filterErrors.add(text("initiative.list.noSuchPage", (long) filter.getPage() + 1, last + 1,
					Math.max(page.getTotalPages(), 1)));
			filter.setPage(last);
			page = initiatives.findAll(filter.specification(active),
					PageRequest.of(last, filter.getSize(), filter.getSort().sort()));
		}
		model.addAttribute("page", page);
		model.addAttribute("canRegister", InitiativePermissions.canRegister(CurrentUser.of(authentication)));
		model.addAttribute("exportQuery", filter.selectionQueryString());
		model.addAttribute("chips", chips(filter, active));
		model.addAttribute("fromDashboard", "dashboard".equals(from));
		addChoices(model);
		return "initiative/list";
	}

	/** The whole selection (every page, not just the one shown) as CSV, streamed page by page. */
	@GetMapping("/export.csv")
	void export(@Valid @ModelAttribute("filter") InitiativeFilter filter, BindingResult result,
			HttpServletResponse response) throws java.io.IOException {
		InitiativeSelection.Selection selection = selections.select(filter, result);
		CsvCells.download(response, "initiatives", LocalDate.now(clock));
		csv.write(selection, response.getWriter());
	}

	/** One active filter, shown as a chip; its link is the same list without that filter. */
	record FilterChip(String label, String removeLink) {
	}

	private java.util.List<FilterChip> chips(InitiativeFilter filter, java.util.List<InitiativeListCriterion> active) {
		org.springframework.web.util.UriComponentsBuilder current =
				org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest()
					.replaceQueryParam("page");
		java.util.List<FilterChip> chips = new java.util.ArrayList<>();
		java.util.function.BiConsumer<String, String> chip = (param, label) -> chips.add(new FilterChip(label,
				current.cloneBuilder().replaceQueryParam(param).build().encode().toUriString()));
		if (filter.getQ() != null && !filter.getQ().isBlank()) {
			chip.accept("q", text("initiative.chip.q", filter.getQ().trim()));
		}
		if (filter.getBusinessUnit() != null) {
			chip.accept("businessUnit", text("initiative.chip.businessUnit", businessUnits.find(filter.getBusinessUnit())
				.map(BusinessUnitSummary::name).orElse("#" + filter.getBusinessUnit())));
		}
		if (filter.getPhase() != null) {
			chip.accept("phase", text("initiative.chip.phase", terms.label(filter.getPhase())));
		}
		if (filter.getStage() != null) {
			chip.accept("stage", text("initiative.chip.stage", terms.label(filter.getStage())));
		}
		if (filter.getMechanism() != null) {
			chip.accept("mechanism", text("initiative.chip.mechanism", terms.label(filter.getMechanism())));
		}
		if (filter.getMechanismType() != null) {
			chip.accept("mechanismType", text("initiative.chip.mechanismType", terms.label(filter.getMechanismType())));
		}
		if (filter.getLead() != null) {
			chip.accept("lead", text("initiative.chip.lead", users.projectLeads().stream()
				.filter(lead -> lead.getId().equals(filter.getLead())).map(lead -> lead.getDisplayName()).findFirst()
				.orElse("#" + filter.getLead())));
		}
		for (InitiativeListCriterion criterion : active) {
			Object[] others = active.stream().filter(other -> other != criterion).map(InitiativeListCriterion::name).toArray();
			chips.add(new FilterChip(criterion.label(),
					current.cloneBuilder().replaceQueryParam("only", others).build().encode().toUriString()));
		}
		return chips;
	}

	@GetMapping("/new")
	String registerForm(Model model, Authentication authentication) {
		Long leadId = users.findByUsername(authentication.getName()).map(u -> u.getId()).orElse(null);
		model.addAttribute("form", InitiativeForm.blank(leadId, LocalDate.now(clock)));
		addChoices(model);
		return "initiative/form";
	}

	@PostMapping
	String register(@Valid @ModelAttribute("form") InitiativeForm form, BindingResult result, Model model,
			Authentication authentication, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			addChoices(model);
			return "initiative/form";
		}
		InitiativeSummary initiative = service.register(form.toDraft(), CurrentUser.of(authentication));
		redirect.addFlashAttribute("message", text("initiative.registered", initiative.name()));
		return "redirect:/initiatives/" + initiative.id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model, Authentication authentication) {
		InitiativeSummary initiative = service.get(id);
		model.addAttribute("initiative", initiative);
		model.addAttribute("history", service.history(id));
		model.addAttribute("expectations", service.expectations(id));
		model.addAttribute("canEdit", InitiativePermissions.canEdit(CurrentUser.of(authentication), initiative));
		if (!model.containsAttribute("expectationForm")) {
			model.addAttribute("expectationForm", new ExpectationForm());
		}
		return "initiative/detail";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model, Authentication authentication) {
		InitiativeSummary initiative = editable(id, authentication);
		model.addAttribute("initiative", initiative);
		model.addAttribute("form", InitiativeForm.of(initiative));
		addChoices(model);
		return "initiative/form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") InitiativeForm form, BindingResult result,
			Model model, Authentication authentication, RedirectAttributes redirect) {
		InitiativeSummary current = editable(id, authentication);
		if (form.getVersion() == null) {
			result.reject("initiative.form.incomplete");
		}
		if (!result.hasErrors()) {
			try {
				service.update(id, form.toDraft(), CurrentUser.of(authentication));
				redirect.addFlashAttribute("message", text("initiative.saved"));
				return "redirect:/initiatives/" + id;
			}
			catch (StaleEditException stale) {
				staleEdit(form, result, stale.getChangedBy(), java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
					.withZone(clock.getZone()).format(stale.getChangedAt()));
			}
			catch (ObjectOptimisticLockingFailureException race) {
				staleEdit(form, result, text("initiative.stale.someoneElse"), text("initiative.stale.justNow"));
			}
		}
		InitiativeSummary latest = service.get(id);
		if (result.getGlobalErrors().stream().anyMatch(e -> STALE.equals(e.getCode()))) {
			// The user's input stays in the form; the next save is against the version they have now seen.
			form.setVersion(latest.version());
			model.addAttribute("latest", latest);
		}
		model.addAttribute("initiative", current);
		addChoices(model);
		return "initiative/form";
	}

	private void staleEdit(InitiativeForm form, BindingResult result, String changedBy, String when) {
		result.reject(STALE, new Object[] { changedBy, when }, null);
	}

	@PostMapping("/{id}/expectations")
	String addExpectation(@PathVariable long id, @Valid @ModelAttribute("expectationForm") ExpectationForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect) {
		editable(id, authentication);
		if (result.hasErrors()) {
			model.addAttribute("expectationErrors", true);
			return show(id, model, authentication);
		}
		service.addExpectation(id, form.toCommand(), CurrentUser.of(authentication));
		redirect.addFlashAttribute("message", text("initiative.expectation.recorded"));
		return "redirect:/initiatives/" + id + "#expectations";
	}

	@PostMapping("/{id}/expectations/{expectationId}/withdraw")
	String withdrawExpectation(@PathVariable long id, @PathVariable long expectationId, Authentication authentication,
			RedirectAttributes redirect) {
		service.withdrawExpectation(id, expectationId, CurrentUser.of(authentication));
		redirect.addFlashAttribute("message", text("initiative.expectation.withdrawn"));
		return "redirect:/initiatives/" + id + "#expectations";
	}

	private InitiativeSummary editable(long id, Authentication authentication) {
		InitiativeSummary initiative = service.get(id);
		if (!InitiativePermissions.canEdit(CurrentUser.of(authentication), initiative)) {
			throw new NotAllowedException("initiative.edit.notAllowed");
		}
		return initiative;
	}

	private void addChoices(Model model) {
		model.addAttribute("businessUnits", businessUnits.all());
		model.addAttribute("leads", users.projectLeads());
		model.addAttribute("phases", AlignmentPhase.values());
		model.addAttribute("stages", LifecycleStage.values());
		model.addAttribute("mechanisms", ValueCreationMechanism.values());
		model.addAttribute("mechanismTypes", MechanismType.values());
		model.addAttribute("sorts", InitiativeSort.values());
		model.addAttribute("organizationStates", OrganizationCycleState.values());
		model.addAttribute("technologyStates", TechnologyCycleState.values());
		model.addAttribute("userStates", UserCycleState.values());
	}
}
