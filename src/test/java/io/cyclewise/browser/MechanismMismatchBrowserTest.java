package io.cyclewise.browser;

import java.nio.file.Paths;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.cyclewise.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data scientist marks a necessary condition of an autonomous agent "not met" inline and sees seed 001's
 * mechanism–condition mismatch warning appear, without a page reload.
 */
class MechanismMismatchBrowserTest extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void dataScientistMarksAConditionNotMetAndSeesTheMismatchWarning() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			signIn(page, "scientist");
			assertThat(page.locator("h1")).hasText("Portfolio dashboard");
			page.navigate("/initiatives");
			assertThat(page.locator("h1")).hasText("Initiatives");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Visual weld inspection")).click();
			// The registry's page loads the checklist summary with htmx.
			assertThat(page.locator("#checklist-summary")).containsText("8/8");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Work the checklists")).click();
			assertThat(page.locator("h1")).hasText("Necessary-condition checklists");
			// htmx must have taken over the forms before we type (scripts load after the long page).
			page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
			page.waitForFunction("() => window.htmx !== undefined");
			assertThat(page.locator(".mismatch-warning")).hasCount(0);
			String url = page.url();

			Locator row = page.locator(".checklist-item", new Page.LocatorOptions().setHas(
					page.getByText("Stable environment", new Page.GetByTextOptions().setExact(true))));
			// With JavaScript there is no Save button per item: choosing the status saves it (keyboard: focus the
			// select, pick with the arrow keys).
			assertThat(row.locator(".item-save")).isHidden();
			row.getByLabel("Status").selectOption("NOT_MET");

			Locator warning = page.locator("#mechanism-fit .mismatch-warning");
			assertThat(warning).isVisible();
			assertThat(warning).containsText("Mechanism–condition mismatch");
			assertThat(warning).containsText("Stable environment");
			assertThat(warning).containsText("Task augmentation");
			assertThat(page.locator("#mechanism-fit .conditions-met")).hasText("7/8");
			assertThat(row.locator(".item-status")).hasText("Not met");
			assertThat(page).hasURL(url);
			page.locator("#fit-and-completion").screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target/screenshots/mechanism-mismatch.png")));
			row.screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target/screenshots/condition-row.png")));

			assertThat(jdbc.queryForObject("select a.status from checklist_answer a join initiative i on i.id = a.initiative_id "
					+ "where i.name = 'Visual weld inspection' and a.item_key = 'STABLE_ENVIRONMENT'", String.class))
				.isEqualTo("NOT_MET");

			page.navigate("/initiatives?only=unmet-condition");
			assertThat(page.locator("table")).containsText("Visual weld inspection");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Visual weld inspection")).click();
			assertThat(page.locator("#checklist-summary .mismatch-warning")).containsText("Stable environment");
			page.locator("#checklist-summary").screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target/screenshots/initiative-checklist-summary.png")));
		}
	}
}
