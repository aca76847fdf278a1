package io.cyclewise.checklist.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cyclewise.checklist.ChecklistFacts;
import io.cyclewise.checklist.RecordedShift;
import io.cyclewise.initiative.InitiativeFilter;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.InitiativeSelection;
import io.cyclewise.shared.CsvCells;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The portfolio view of the checklists: the templates with their seeds, and completion per mechanism. */
@Controller
class ChecklistOverviewController {

	private final ChecklistTemplateService templates;
	private final ChecklistFacts facts;
	private final MechanismShiftRepository shifts;
	private final InitiativeService initiatives;
	private final InitiativeSelection selections;
	private final ChecklistAnswerCsv csv;
	private final Clock clock;

	ChecklistOverviewController(ChecklistTemplateService templates, ChecklistFacts facts, MechanismShiftRepository shifts,
			InitiativeService initiatives, InitiativeSelection selections, ChecklistAnswerCsv csv, Clock clock) {
		this.templates = templates;
		this.facts = facts;
		this.shifts = shifts;
		this.initiatives = initiatives;
		this.selections = selections;
		this.csv = csv;
		this.clock = clock;
	}

	/** The answers of every initiative the list filter selects (same parameters as the initiative list), as CSV. */
	@GetMapping("/checklists/answers.csv")
	void export(@Valid @ModelAttribute("filter") InitiativeFilter filter, BindingResult result,
			HttpServletResponse response) throws IOException {
		InitiativeSelection.Selection selection = selections.select(filter, result);
		CsvCells.download(response, "checklist-answers", LocalDate.now(clock));
		csv.write(selection, response.getWriter());
	}

	@GetMapping("/checklists")
	String overview(Model model) {
		model.addAttribute("templates", templates.currentTemplates().stream()
			.sorted(java.util.Comparator.comparing(template -> template.getKind().ordinal())).toList());
		model.addAttribute("completion", facts.completionByMechanism());
		model.addAttribute("unmetCriterion", UnmetConditionCriterion.NAME);
		return "checklist/overview";
	}

	/** The JSIS 2022 value-creation study's shifting practice across the portfolio: the latest mechanism shifts, newest first. */
	@GetMapping("/checklists/mechanism-shifts")
	String mechanismShifts(Model model) {
		List<RecordedShift> latest = shifts.findTop200ByOrderByRecordedAtDescIdDesc().stream()
			.map(MechanismShift::toRecord).toList();
		Map<Long, String> names = new HashMap<>();
		initiatives.summaries(latest.stream().map(RecordedShift::initiativeId).distinct().toList())
			.forEach(initiative -> names.put(initiative.id(), initiative.name()));
		model.addAttribute("shifts", latest);
		model.addAttribute("names", names);
		model.addAttribute("towardAutomation", latest.stream().filter(RecordedShift::toTheRight).count());
		return "checklist/mechanism-shifts";
	}
}
