package io.cyclewise.browser;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.cyclewise.notification.ExecutiveDigests;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page, as the role that uses it, checked by axe-core (WCAG 2.1 A and AA rules) in real Chromium: no
 * serious or critical violation. The counts per page are printed, so the closing note can quote them.
 */
class AccessibilityBrowserTest extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExecutiveDigests digests;

	@Test
	void mainPagesHaveNoSeriousAccessibilityViolations() {
		BackgroundWork.awaitDone(jdbc);
		long initiative = jdbc.queryForObject("SELECT min(id) FROM initiative", Long.class);
		long unit = jdbc.queryForObject("SELECT min(id) FROM business_unit", Long.class);
		long finding = aFinding(initiative);
		String findingPage = "/initiatives/" + initiative + "/findings/" + finding;
		// A finished board report of the executive's, for its page (links to the PDF and the print-ready page).
		long boardReport = jdbc.queryForObject("INSERT INTO report_run (requested_by, requested_at, filter_text, status,"
				+ " done, total, started_at, finished_at) VALUES ('executive', now(), 'Whole portfolio', 'DONE', 1, 1, now(),"
				+ " now()) RETURNING id", Long.class);
		long gateRequest = aGateRequest(initiative);
		long digest = digests.buildLastWeek().id();
		long highRisk = jdbc.queryForObject("SELECT coalesce(min(initiative_id), ?) FROM ai_act_current WHERE tier = 'HIGH_RISK'",
				Long.class, initiative);
		Map<String, List<String>> pagesByRole = Map.of(
				"executive", List.of("/", "/dashboard", "/initiatives", "/initiatives/" + initiative, "/timeline",
						"/checklists", "/checklists/mechanism-shifts", "/sources", "/maturity/" + unit, "/risk/rules", "/risk/recomputation", "/reviews/overdue",
						"/initiatives/" + initiative + "/signals", "/initiatives/" + initiative + "/flags",
						"/initiatives/" + initiative + "/timeline", "/findings", "/initiatives/" + initiative + "/findings",
						"/reports/board", "/reports/board/" + boardReport, "/initiatives/" + initiative + "/factsheet",
						"/initiatives/" + initiative + "/gates", "/ai-act", "/initiatives/" + highRisk + "/ai-act",
						"/digests", "/digests/" + digest, "/digests/preview"),
				"risk", List.of("/gates", "/gates/" + gateRequest),
				"scientist", List.of("/initiatives/" + initiative + "/checklists",
						"/initiatives/" + initiative + "/observations/new", "/initiatives/" + initiative + "/data-checks/new",
						"/initiatives/" + initiative + "/findings/new"),
				"lead", List.of("/initiatives/new", "/events/new", "/initiatives/import", "/notifications",
						"/settings/notifications", "/settings/language"),
				"admin", List.of("/admin/users", "/admin/business-units", "/admin/risk-thresholds", "/admin/audit",
						"/admin/checklist-templates", "/admin/checklist-templates/ALIGNMENT_PRACTICES",
						"/initiatives/" + initiative + "/edit", findingPage, findingPage + "/edit",
						"/initiatives/" + initiative + "/gates/new?kind=STAGE", "/initiatives/" + initiative + "/gates/new?kind=PHASE",
						"/initiatives/" + highRisk + "/ai-act/classify", "/initiatives/" + highRisk + "/checklists"));
		List<String> serious = new ArrayList<>();
		int pages = 0;
		for (Map.Entry<String, List<String>> role : pagesByRole.entrySet()) {
			try (BrowserContext context = newContext()) {
				Page page = context.newPage();
				signIn(page, role.getKey());
				// The pointer stays where the sign-in button was: over a button of some page, axe would sample that
				// button in the middle of its hover transition (a colour between two states), not as people see it.
				page.mouse().move(0, 0);
				for (String path : role.getValue()) {
					page.navigate(path);
					page.waitForLoadState();
					List<Rule> violations = new AxeBuilder(page)
						.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze().getViolations();
					long bad = violations.stream()
						.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).count();
					System.out.printf("axe %-10s %-60s violations %d, serious or critical %d%n", role.getKey(), path,
							violations.size(), bad);
					violations.stream().filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
						.forEach(rule -> serious.add(role.getKey() + " " + path + ": " + rule.getId() + " — "
								+ rule.getHelp() + " (" + rule.getNodes().size() + " elements, e.g. "
								+ rule.getNodes().get(0).getTarget() + ")"));
					pages++;
					if (path.equals("/digests/preview")) {
						// For docs/notifications.md ("How a weekly digest looks"), copied there by hand.
						page.screenshot(new Page.ScreenshotOptions()
							.setPath(Paths.get("target/screenshots/weekly-digest.png")).setFullPage(true));
					}
				}
			}
		}
		// The import preview, with a valid and a wrong row (a table of cell errors), as a lead sees it.
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			signIn(page, "lead");
			page.navigate("/initiatives/import");
			String header = "name,purpose,business_unit,lead,alignment_phase,lifecycle_stage,mechanism,organization_state,"
					+ "organization_since,organization_pace_days,technology_state,technology_since,technology_pace_days,"
					+ "user_state,user_since,user_pace_days\n";
			String row = ",Purpose,Logistics,lead,REINITIATING,REQUIREMENTS_ANALYSIS,KNOWLEDGE_CREATION,FORMING,2024-01-01,90,"
					+ "EXPLORING,2024-01-01,14,IDENTIFIED,2024-01-01,180\n";
			page.setInputFiles("#file", new com.microsoft.playwright.options.FilePayload("initiatives.csv", "text/csv",
					(header + "Axe preview" + row + "" + row.replace("Logistics", "Atlantis")).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			page.click("button[type=submit]:has-text('Check the file')");
			page.waitForLoadState();
			assertThat(page.content()).contains("rows have errors");
			List<Rule> violations = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
				.analyze().getViolations();
			violations.stream().filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
				.forEach(rule -> serious.add("lead import preview: " + rule.getId() + " — " + rule.getHelp() + " ("
						+ rule.getNodes().size() + " elements, e.g. " + rule.getNodes().get(0).getTarget() + ")"));
			System.out.printf("axe %-10s %-60s violations %d%n", "lead", "import preview", violations.size());
			pages++;
		}
		System.out.printf("axe: %d pages checked, %d serious or critical violations%n", pages, serious.size());
		assertThat(serious).as("serious or critical accessibility violations").isEmpty();
	}

	/** A pending stage gate request by the lead with one waived check, as the service would store it; the risk officer decides. */
	private long aGateRequest(long initiative) {
		Long existing = jdbc.queryForObject("SELECT min(id) FROM gate_request WHERE status = 'PENDING'", Long.class);
		if (existing != null) {
			return existing;
		}
		// A stage gate one step forward from where some initiative before operation stands (the demo has one too).
		long request = jdbc.queryForObject("""
				INSERT INTO gate_request (initiative_id, kind, from_value, to_value, requested_by, requested_at, note,
				    initiative_version, status)
				SELECT id, 'STAGE', lifecycle_stage,
				       CASE lifecycle_stage WHEN 'REQUIREMENTS_ANALYSIS' THEN 'DATA_MANAGEMENT'
				            WHEN 'DATA_MANAGEMENT' THEN 'BENCHMARKING_METRICS' WHEN 'BENCHMARKING_METRICS' THEN 'USER_ACCEPTANCE_TESTING'
				            WHEN 'USER_ACCEPTANCE_TESTING' THEN 'PRIVACY_POLICY' ELSE 'IN_OPERATION' END,
				       'lead', now(), 'Pilot data is ready.', version, 'PENDING'
				FROM initiative WHERE lifecycle_stage <> 'IN_OPERATION' ORDER BY id = ? DESC, id LIMIT 1
				RETURNING id""", Long.class, initiative);
		jdbc.update("INSERT INTO gate_request_check (request_id, position, check_key, label, status, evidence, waiver_reason)"
				+ " VALUES (?, 1, 'RA_DATA_FEASIBILITY', 'Data feasibility was confirmed early.', 'NOT_MET', 'Checked in a test.',"
				+ " 'Confirmed with the data owners by phone.')", request);
		return request;
	}

	/** A finding with a step and its history (stored as the service would), owned by the scientist; admins see its forms. */
	private long aFinding(long initiative) {
		Long existing = jdbc.queryForObject("SELECT min(id) FROM finding WHERE initiative_id = ?", Long.class, initiative);
		if (existing != null) {
			return existing;
		}
		long finding = jdbc.queryForObject("""
				INSERT INTO finding (initiative_id, title, description, severity, observed_on, owner_id, status,
				    recorded_at, recorded_by, last_changed_at, last_changed_by)
				VALUES (?, 'Accuracy drop at one plant', 'Accuracy fell after a sensor swap.', 'WARNING', DATE '2024-06-03',
				    (SELECT id FROM app_user WHERE username = 'scientist'), 'REMEDIATING', now(), 'lead', now(), 'lead')
				RETURNING id""", Long.class, initiative);
		jdbc.update("INSERT INTO finding_step (finding_id, position, text) VALUES (?, 1, 'Retrain on recent data')", finding);
		jdbc.update("INSERT INTO finding_change (finding_id, changed_at, changed_by, aspect, to_value)"
				+ " VALUES (?, now(), 'lead', 'Recorded', 'Accuracy drop at one plant')", finding);
		return finding;
	}
}
