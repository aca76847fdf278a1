package io.cyclewise.browser;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.cyclewise.checklist.AnswerInput;
import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.ChecklistService;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.BrowserJourney;
import io.cyclewise.support.Registry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.cyclewise.support.Users.AS_LEAD;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A lead requests a stage gate with a waiver on the initiative page; a risk officer approves it on Gate decisions. */
class GateJourneyBrowserTest extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InitiativeService initiatives;

	@Autowired
	ChecklistService checklists;

	@Autowired
	Registry registry;

	@Test
	void leadRequestsAStageGateAndARiskOfficerApprovesIt() {
		String name = "Gate journey " + System.nanoTime();
		long id = register(name);
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			signIn(page, "lead");
			page.navigate("/initiatives/" + id);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
				.setName("Request gate decision: stage → Data management")).click();
			assertThat(page.locator("h1")).hasText("Request a gate decision");
			assertThat(page.locator("table")).containsText("Data feasibility was confirmed early.");
			page.getByLabel("Waiver: Data feasibility was confirmed early.")
				.fill("Confirmed with the data owners by phone.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request the gate decision")).click();
			assertThat(page.locator("main > .alert-success")).containsText("Gate decision requested");
			assertThat(page.locator("table")).containsText("Confirmed with the data owners by phone.");
		}
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			signIn(page, "risk");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gate decisions")).click();
			assertThat(page.locator("h1")).hasText("Gate decisions");
			page.locator("tr", new Page.LocatorOptions().setHasText(name))
				.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Decide")).click();
			page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Approve")).check();
			page.getByLabel("Comment (at least 10 characters)", new Page.GetByLabelOptions().setExact(false))
				.fill("Feasibility waiver accepted for the pilot.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
			assertThat(page.locator("main > .alert-success")).containsText("Approved: the initiative moved forward.");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
			assertThat(page.locator("h1")).hasText(name);
			assertThat(page.locator("table.history")).containsText("Approved by Rita Risk Officer");
		}
		assertThat(initiatives.get(id).lifecycleStage()).isEqualTo(LifecycleStage.DATA_MANAGEMENT);
	}

	private long register(String name) {
		long id = registry.initiative(name).purpose("Forecast the returns of a pilot warehouse.")
			.userContexts("Warehouse North").by(AS_LEAD).id();
		for (String key : List.of("RA_OUTCOMES_DOCUMENTED", "RA_MINIMUM_TARGETS", "RA_CLIENT_EXPECTATIONS",
				"RA_SCOPE_CHANGES_LOGGED")) {
			checklists.answerCurrent(id, ChecklistKind.STAGE_READINESS, key,
					new AnswerInput(AnswerStatus.MET, null, "Documented in the wiki.", List.of()), AS_LEAD);
		}
		checklists.answerCurrent(id, ChecklistKind.STAGE_READINESS, "RA_DATA_FEASIBILITY",
				new AnswerInput(AnswerStatus.NOT_MET, null, "Not yet confirmed.", List.of()), AS_LEAD);
		BackgroundWork.awaitDone(jdbc);
		return id;
	}
}
