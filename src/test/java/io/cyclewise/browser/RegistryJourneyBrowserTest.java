package io.cyclewise.browser;

import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.cyclewise.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A project lead signs in, registers an initiative, moves it to the next alignment phase and reads the history. */
class RegistryJourneyBrowserTest extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void leadRegistersAnInitiativeChangesItsPhaseAndSeesTheHistory() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			page.navigate("/initiatives");
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
			page.getByLabel("Username").fill("lead");
			page.getByLabel("Password").fill("cyclewise");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Sign in")).click();
			assertThat(page.locator("h1")).hasText("Initiatives");
			assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'lead'",
					Integer.class)).isPositive();

			page.getByText("Register an initiative").click();
			page.getByRole(com.microsoft.playwright.options.AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Name (required)").setExact(true)).fill("Returns forecast");
			page.getByLabel("Purpose: the ML-based capability it builds or runs").fill("Forecast product returns per week.");
			page.getByLabel("Business unit").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Logistics"));
			page.getByLabel("User contexts it serves", new Page.GetByLabelOptions().setExact(false)).fill("Warehouse North, Warehouse East");
			page.getByLabel("Value-creation mechanism").selectOption("HIGH_DISCRETION_TASK_AUGMENTATION");
			// A new initiative records where it already stands; later, forward needs a gate decision, back is direct.
			page.getByLabel("Alignment phase").selectOption("EFFECTUATING");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Register")).click();

			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/after-register.png")).setFullPage(true));
			assertThat(page.locator("h1")).hasText("Returns forecast");
			assertThat(page.locator(".alert-success")).containsText("registered");

			page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit")).click();
			page.getByLabel("Alignment phase").selectOption("REINITIATING");
			page.getByLabel("Why (recorded in the history with every change)").fill("First planners use it live.");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Save changes")).click();

			assertThat(page.locator(".alert-success")).containsText("Changes saved.");
			Locator phaseRow = page.locator("table.history tr", new Page.LocatorOptions().setHasText("Alignment phase"));
			assertThat(phaseRow).containsText("(Re)Initiating Alignment");
			assertThat(phaseRow).containsText("Effectuating Alignment");
			assertThat(phaseRow).containsText("First planners use it live.");
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/initiative-detail.png")).setFullPage(true));
		}
	}

	@Test
	void aRefusedInlineUpdateSaysSoAndKeepsTheInput() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			signIn(page, "lead");
			page.navigate("/initiatives?q=Visual+weld");
			page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Visual weld inspection")).click();
			Locator firstFlag = page.locator("#flags .list-group-item").first();
			firstFlag.locator("summary").click();
			firstFlag.locator("input[name=reason]").fill("Plant Porto gets new cameras next month");
			firstFlag.locator("input[name=expiresOn]").fill(LocalDate.now(clock).plusDays(30).toString());
			// As if the page had been open for longer than the session: the form's security token is no longer valid.
			page.evaluate("document.querySelector('meta[name=\"csrf-token\"]').content = 'expired'");
			firstFlag.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName("Accept risk")).click();

			assertThat(page.locator(".htmx-problem")).containsText("Not saved");
			assertThat(firstFlag.locator("input[name=reason]")).hasValue("Plant Porto gets new cameras next month");
			assertThat(page.locator("#flags .badge", new Page.LocatorOptions().setHasText("Accepted risk"))).hasCount(0);
		}
	}

	@Test
	void anUnknownInitiativeGetsTheAppsOwnNotFoundPage() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			signIn(page, "executive");
			var response = page.navigate("/initiatives/987654");
			org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
			assertThat(page.locator("h1")).hasText("Not found");
			assertThat(page.locator("nav.navbar")).containsText("Cyclewise");
			assertThat(page.locator("main")).containsText("There is no initiative 987654.");
		}
	}
}
