package io.cyclewise.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.cyclewise.dashboard.DashboardFilter;
import io.cyclewise.dashboard.PortfolioFigures;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.UserDirectory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Board reports: request one for the dashboard's filters (everyone who sees the dashboard; a project lead's report
 * covers the initiatives they lead, as their dashboard does), follow its progress, then read it as a page or PDF.
 * Generation runs in the background ({@link BoardReportWorker}), so no request waits for it. A run is visible to the
 * person who requested it and to administrators; to anyone else it does not exist (404).
 */
@Controller
class BoardReportController {

	/** More reports in the queue at once per person are refused: each can take a while at 10,000 initiatives. */
	static final int MAX_UNFINISHED_PER_PERSON = 3;

	private final ReportRuns runs;
	private final BoardReportWorker worker;
	private final PortfolioFigures figures;
	private final BusinessUnits businessUnits;
	private final UserDirectory users;
	private final Clock clock;

	BoardReportController(ReportRuns runs, BoardReportWorker worker, PortfolioFigures figures,
			BusinessUnits businessUnits, UserDirectory users, Clock clock) {
		this.runs = runs;
		this.worker = worker;
		this.figures = figures;
		this.businessUnits = businessUnits;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping("/reports/board")
	String form(Model model, Authentication authentication) {
		return form(new DashboardFilter(), List.of(), model, CurrentUser.of(authentication));
	}

	@PostMapping("/reports/board")
	String request(@ModelAttribute("filter") DashboardFilter filter, BindingResult result, Model model,
			Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		List<String> problems = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			problems.add("The filter “" + error.getField() + "”: “" + error.getRejectedValue()
					+ "” is not one of the offered choices.");
		}
		if (result.getFieldErrorCount("businessUnit") == 0 && filter.getBusinessUnit() != null
				&& !businessUnits.exists(filter.getBusinessUnit())) {
			problems.add("There is no business unit " + filter.getBusinessUnit() + ".");
		}
		if (result.getFieldErrorCount("lead") == 0 && filter.getLead() != null
				&& users.findById(filter.getLead()).isEmpty()) {
			problems.add("There is no project lead " + filter.getLead() + ".");
		}
		if (problems.isEmpty() && runs.unfinishedOf(user.username()) >= MAX_UNFINISHED_PER_PERSON) {
			problems.add("You have " + MAX_UNFINISHED_PER_PERSON + " reports being generated already; request another "
					+ "one when one of them is ready.");
		}
		if (!problems.isEmpty()) {
			problems.add("No report was requested.");
			return form(result.hasFieldErrors() ? new DashboardFilter() : filter, problems, model, user);
		}
		DashboardFilter scoped = figures.scopedFor(filter, user);
		long id = runs.request(user.username(), scoped, figures.describe(scoped), clock.instant());
		worker.wake();
		return "redirect:/reports/board/" + id;
	}

	@GetMapping("/reports/board/{runId}")
	String run(@PathVariable long runId, Model model, Authentication authentication) {
		model.addAttribute("run", visible(runId, authentication));
		return "report/board-run";
	}

	/** The progress part of the run's page, polled by htmx every 2 s until the report is ready. */
	@GetMapping("/reports/board/{runId}/progress")
	String progress(@PathVariable long runId, Model model, Authentication authentication) {
		model.addAttribute("run", visible(runId, authentication));
		return "report/board-run :: progress";
	}

	@GetMapping("/reports/board/{runId}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long runId, Authentication authentication) {
		ready(visible(runId, authentication));
		byte[] pdf = runs.pdf(runId).orElseThrow(() -> notFound(runId));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("board-report-" + runId + ".pdf").build().toString())
			.body(pdf);
	}

	@GetMapping("/reports/board/{runId}/report.html")
	ResponseEntity<String> html(@PathVariable long runId, Authentication authentication) {
		ready(visible(runId, authentication));
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(runs.html(runId).orElseThrow(() -> notFound(runId)));
	}

	private String form(DashboardFilter filter, List<String> problems, Model model, CurrentUser user) {
		model.addAttribute("filter", filter);
		model.addAttribute("problems", problems);
		model.addAttribute("ownOnly", figures.scopedFor(new DashboardFilter(), user).getLead() != null);
		model.addAttribute("businessUnits", businessUnits.all());
		model.addAttribute("phases", AlignmentPhase.values());
		model.addAttribute("mechanisms", ValueCreationMechanism.values());
		model.addAttribute("leads", users.projectLeads());
		model.addAttribute("runs", runs.recent(user.isAdmin() ? null : user.username(), 20));
		model.addAttribute("everyone", user.isAdmin());
		return "report/board-form";
	}

	private ReportRun visible(long runId, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		return runs.find(runId).filter(run -> user.isAdmin() || run.requestedBy().equalsIgnoreCase(user.username()))
			.orElseThrow(() -> notFound(runId));
	}

	private static void ready(ReportRun run) {
		if (!run.isDone()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "Report " + run.id() + " is not ready: "
					+ run.getStatusText().toLowerCase() + (run.failure() == null ? "." : " — " + run.failure()));
		}
	}

	private static ResponseStatusException notFound(long runId) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no board report " + runId + ".");
	}
}
