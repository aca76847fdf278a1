package io.cyclewise.browser;

import java.nio.file.Paths;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.cyclewise.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The review's usability items: form error summaries, the context-event scope, the checklist board. */
class UsabilityBrowserTest extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFormWithProblemsSummarisesThemFocusedAndLinkedToEachField() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			signIn(page, "admin");
			page.navigate("/events/new");
			// Required fields are marked; the asterisk's meaning is in the accessible name.
			assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Title (required)").setExact(true))).hasAttribute("aria-required", "true");
			assertThat(page.locator("label[for=title] .required-mark")).hasText("*");

			page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Title (required)").setExact(true)).fill("");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record context change")).click();
			Locator summary = page.locator(".error-summary");
			assertThat(summary).isVisible();
			assertThat(summary.locator("h2")).hasText(Pattern.compile("There are \\d+ problems with what you entered"));
			assertThat(summary).isFocused();
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/error-summary.png")));
			summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Give the change a short title.")).click();
			assertThat(page.locator("#title")).isFocused();
		}
	}

	@Test
	void theEventFormShowsOnlyTheScopesInputAndNeverDropsTypedInputSilently() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			signIn(page, "admin");
			page.navigate("/events/new");
			page.waitForLoadState(LoadState.LOAD);
			Locator units = page.locator("[data-scope-group=BUSINESS_UNITS]");
			Locator contexts = page.locator("[data-scope-group=USER_CONTEXTS]");
			assertThat(page.locator("[data-scope-hint]")).isHidden();

			page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("User context(s)")).check();
			assertThat(contexts).isVisible();
			assertThat(units).isHidden();
			page.locator("#userContexts").fill("Plant Lyon");
			page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Business unit(s)")).check();
			assertThat(units).isVisible();
			// Typed for the other scope: it stays in sight, and the server asks to clear it.
			assertThat(contexts).isVisible();
			page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Manufacturing")).check();
			page.getByLabel("What changed").selectOption("SUDDEN_SHOCK");
			page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Title (required)").setExact(true)).fill("Mixed scope");
			page.getByLabel("Description").fill("Typed both.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record context change")).click();

			assertThat(page.locator(".error-summary")).containsText("User contexts are ignored for a business-unit scope");
			assertThat(page.locator("#userContexts")).hasValue("Plant Lyon");
			assertThat(contexts).isVisible();
			page.locator("#userContexts").fill("");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record context change")).click();
			assertThat(page.locator(".alert-success")).containsText("recorded");
			assertThat(page.locator("h1")).hasText("Mixed scope");
		}
	}

	@Test
	void theChecklistBoardShowsGroupProgressFiltersOpenItemsAndSavesOnChange() {
		long id = jdbc.queryForObject("select id from initiative where name = 'Fraud alert triage'", Long.class);
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			signIn(page, "scientist");
			page.navigate("/initiatives/" + id + "/checklists");
			page.waitForLoadState(LoadState.LOAD);
			page.waitForFunction("() => window.htmx !== undefined");
			assertThat(page.locator(".item-save").first()).isHidden();
			assertThat(page.locator("[data-group-progress]").first()).hasText(Pattern.compile("\\d+/\\d+ met"));

			Locator items = page.locator(".checklist-board .checklist-item");
			int all = items.count();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show only open items")).click();
			assertThat(page).hasURL(Pattern.compile(".*open=true.*"));
			Locator visibleOpen = page.locator(".checklist-board .checklist-item[data-open=true]");
			int open = visibleOpen.count();
			org.assertj.core.api.Assertions.assertThat(open).isPositive().isLessThan(all);
			assertThat(page.locator(".checklist-board .checklist-item[data-open=false]").first()).isHidden();
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/checklist-open-items.png")).setFullPage(true));

			// Choosing a status saves the item; the row stays in sight and its group's progress follows.
			Locator row = visibleOpen.first();
			String rowId = row.getAttribute("id");
			Locator group = page.locator("[data-checklist-group]", new Page.LocatorOptions().setHas(page.locator("#" + rowId)));
			String before = group.locator("[data-group-progress]").innerText();
			int metBefore = Integer.parseInt(before.substring(0, before.indexOf('/')));
			page.locator("#" + rowId).getByLabel("Status").selectOption("MET");
			assertThat(page.locator("#" + rowId + " .item-status")).hasText("Met");
			assertThat(page.locator("#" + rowId)).containsText("Saved.");
			assertThat(page.locator("#" + rowId)).isVisible();
			assertThat(group.locator("[data-group-progress]")).hasText(Pattern.compile((metBefore + 1) + "/\\d+ met"));

			// Evidence: typed, saved with Ctrl+Enter, shown under the item without expanding anything.
			page.locator("#" + rowId + " summary").click();
			page.locator("#" + rowId).getByLabel("Evidence note").fill("Checked with the fraud team on Monday.");
			page.locator("#" + rowId).getByLabel("Evidence note").press("Control+Enter");
			assertThat(page.locator("#" + rowId + " .evidence-note")).hasText("Checked with the fraud team on Monday.");
			org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
					"select note from checklist_answer where initiative_id = ? and status = 'MET' and note like 'Checked with the fraud%'",
					String.class, id)).isEqualTo("Checked with the fraud team on Monday.");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show all items")).click();
			assertThat(page.locator(".checklist-board .checklist-item[data-open=false]").first()).isVisible();
		}
	}
}
