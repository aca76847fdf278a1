package io.cyclewise.checklist.internal;

import java.util.List;

import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.shared.NotFoundException;
import io.cyclewise.shared.Terms;
import io.cyclewise.user.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators reword, add or retire checks; each save publishes a new template version (under /admin/**). */
@Controller
@RequestMapping("/admin/checklist-templates")
class ChecklistTemplateAdminController {

	private final ChecklistTemplateService templates;
	private final Terms terms;

	ChecklistTemplateAdminController(ChecklistTemplateService templates, Terms terms) {
		this.templates = templates;
		this.terms = terms;
	}

	@GetMapping
	String list() {
		return "redirect:/checklists";
	}

	@GetMapping("/{kind}")
	String edit(@PathVariable String kind, Model model) {
		ChecklistTemplate current = templates.current(kind(kind));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", TemplateEditForm.of(current, templates.items(current)));
		}
		return page(current, model);
	}

	@PostMapping("/{kind}")
	String publish(@PathVariable String kind, @Valid @ModelAttribute("form") TemplateEditForm form, BindingResult result,
			Model model, Authentication authentication, RedirectAttributes redirect, HttpServletResponse response) {
		ChecklistKind checklist = kind(kind);
		ChecklistTemplate current = templates.current(checklist);
		List<ChecklistTemplateItem> currentItems = templates.items(current);
		if (!form.matches(currentItems)) {
			// Field errors of the damaged list would point at the wrong rows: start a fresh result over the
			// realigned form, which keeps what was typed for each check.
			TemplateEditForm realigned = form.realignedTo(currentItems);
			BindingResult fresh = new BeanPropertyBindingResult(realigned, "form");
			fresh.reject("checklist.template.itemsMismatchKept");
			model.addAttribute("form", realigned);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
			response.setStatus(422);
			return page(current, model);
		}
		if (!result.hasErrors()) {
			try {
				ChecklistTemplate next = templates.publish(checklist, form, CurrentUser.of(authentication));
				redirect.addFlashAttribute("message",
						terms.message("checklist.template.published", next.getVersion(), next.getTitle()));
				return "redirect:/admin/checklist-templates/" + checklist.name();
			}
			catch (ChecklistRefusal refusal) {
				result.reject(refusal.code(), refusal.getArguments(), null);
			}
		}
		response.setStatus(422);
		return page(templates.current(checklist), model);
	}

	private String page(ChecklistTemplate current, Model model) {
		model.addAttribute("template", current);
		model.addAttribute("currentWording", templates.items(current).stream().collect(java.util.stream.Collectors
			.toMap(ChecklistTemplateItem::getItemKey, item -> item, (a, b) -> a)));
		model.addAttribute("versions", templates.versions(current.getKind()));
		model.addAttribute("groups", current.getKind().groups());
		return "checklist/template-edit";
	}

	private static ChecklistKind kind(String name) {
		for (ChecklistKind kind : ChecklistKind.values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		throw new NotFoundException("checklist.kind.notFound", name);
	}
}
