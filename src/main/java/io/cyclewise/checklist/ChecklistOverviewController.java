package io.cyclewise.checklist;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portfolio view of the checklists: the templates with their seeds, and completion per mechanism. */
@Controller
class ChecklistOverviewController {

	private final ChecklistTemplateService templates;
	private final ChecklistFacts facts;

	ChecklistOverviewController(ChecklistTemplateService templates, ChecklistFacts facts) {
		this.templates = templates;
		this.facts = facts;
	}

	@GetMapping("/checklists")
	String overview(Model model) {
		model.addAttribute("templates", templates.currentTemplates().stream()
			.sorted(java.util.Comparator.comparing(template -> template.getKind().ordinal())).toList());
		model.addAttribute("completion", facts.completionByMechanism());
		model.addAttribute("unmetCriterion", UnmetConditionCriterion.NAME);
		return "checklist/overview";
	}
}
