package io.cyclewise.initiative.internal;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.InitiativePermissions;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.OrganizationCycleState;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.initiative.UserCycleState;
import io.cyclewise.initiative.ValueCreationMechanism;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;

import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.shared.CsvCells;
import io.cyclewise.user.account.AppUser;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.UserDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing initiatives from CSV in two steps: upload → preview (nothing stored), confirm → all rows registered in
 * one transaction, or none. The checked file travels in the preview's form, not in the session (sessions live in
 * PostgreSQL and stay small), and is checked again on confirmation.
 */
@Controller
@RequestMapping("/initiatives/import")
class InitiativeImportController {

	static final String VIEW = "initiative/import";

	private final InitiativeImport importer;
	private final BusinessUnits businessUnits;
	private final UserDirectory users;
	private final Clock clock;

	InitiativeImportController(InitiativeImport importer, BusinessUnits businessUnits, UserDirectory users,
			Clock clock) {
		this.importer = importer;
		this.businessUnits = businessUnits;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping
	String page(Model model, Authentication authentication) {
		requireRegistrar(authentication);
		return page(model, null, null);
	}

	@PostMapping
	String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			Authentication authentication, HttpServletResponse response) throws IOException {
		requireRegistrar(authentication);
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			response.setStatus(422);
			return page(model, ImportPreview.refused("Choose a CSV file to upload."), null);
		}
		if (file.getSize() > InitiativeImport.MAX_BYTES) {
			response.setStatus(413);
			return page(model, ImportPreview.refused(InitiativeImport.tooLarge(file.getSize())), null);
		}
		ImportPreview preview = importer.preview(file.getBytes());
		if (!preview.importable()) {
			response.setStatus(422);
		}
		return page(model, preview, file.getOriginalFilename());
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam(name = "content", required = false) String content, Model model,
			Authentication authentication, HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser user = requireRegistrar(authentication);
		byte[] file;
		try {
			file = content == null || content.isBlank() ? null : Base64.getDecoder().decode(content.strip());
		}
		catch (IllegalArgumentException damaged) {
			file = null;
		}
		if (file == null) {
			response.setStatus(422);
			return page(model, ImportPreview.refused("The import form arrived incomplete; nothing was imported. "
					+ "Upload the file again."), null);
		}
		ImportPreview result;
		try {
			result = importer.importAll(file, user);
		}
		catch (DataIntegrityViolationException race) {
			response.setStatus(409);
			return page(model, ImportPreview.refused("Someone registered an initiative with one of these names "
					+ "meanwhile; nothing was imported. Upload the file again to see which rows are affected."), null);
		}
		if (!result.imported()) {
			response.setStatus(422);
			model.addAttribute("notImported", true);
			return page(model, result, null);
		}
		redirect.addFlashAttribute("message", result.rows().size() == 1 ? "Imported 1 initiative."
				: "Imported " + result.rows().size() + " initiatives.");
		return "redirect:/initiatives?sort=RECENTLY_UPDATED";
	}

	/** A file to start from: the header and one example row that would import as it is. */
	@GetMapping("/template.csv")
	void template(Authentication authentication, HttpServletResponse response) throws IOException {
		CurrentUser user = requireRegistrar(authentication);
		LocalDate today = LocalDate.now(clock);
		String unit = businessUnits.all().stream().findFirst().map(BusinessUnitSummary::name)
			.orElse("Your business unit");
		String lead = users.projectLeads().stream().map(AppUser::getUsername)
			.filter(username -> username.equals(user.username())).findFirst()
			.orElseGet(() -> users.projectLeads().stream().map(AppUser::getUsername).findFirst().orElse("lead"));
		CsvCells.download(response, "initiatives-import-template", today);
		CSVPrinter printer = CsvCells.printer(response.getWriter(),
				InitiativeImport.COLUMNS.stream().map(InitiativeImport.Column::header).toArray(String[]::new));
		CsvCells.row(printer, "Spare parts demand forecast", "Forecast spare part demand per depot to cut stock-outs.",
				unit, lead, AlignmentPhase.REINITIATING.name(), LifecycleStage.REQUIREMENTS_ANALYSIS.name(),
				ValueCreationMechanism.KNOWLEDGE_CREATION.name(), "Depot planners, Service desk",
				OrganizationCycleState.FORMING.name(), "", today, 90, TechnologyCycleState.EXPLORING.name(), "", today,
				14, UserCycleState.IDENTIFIED.name(), "", today, 180);
		printer.flush();
	}

	private String page(Model model, ImportPreview preview, String fileName) {
		model.addAllAttributes(pageModel(preview, fileName));
		return VIEW;
	}

	private java.util.Map<String, Object> pageModel(ImportPreview preview, String fileName) {
		java.util.Map<String, Object> model = new java.util.HashMap<>();
		model.put("preview", preview);
		model.put("fileName", fileName);
		model.put("columns", InitiativeImport.COLUMNS);
		model.put("maxRows", InitiativeImport.MAX_ROWS);
		model.put("businessUnits", businessUnits.all());
		model.put("leads", users.projectLeads());
		model.put("phases", AlignmentPhase.values());
		model.put("stages", LifecycleStage.values());
		model.put("mechanisms", ValueCreationMechanism.values());
		model.put("organizationStates", OrganizationCycleState.values());
		model.put("technologyStates", TechnologyCycleState.values());
		model.put("userStates", UserCycleState.values());
		return model;
	}

	private static CurrentUser requireRegistrar(Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		if (!InitiativePermissions.canRegister(user)) {
			throw new AccessDeniedException("Only project leads and administrators import initiatives.");
		}
		return user;
	}
}
