package io.cyclewise.browser;

import java.nio.file.Paths;
import java.util.regex.Pattern;

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

/** A lead records a sudden shock for a business unit, sees it on an affected initiative and acknowledges it. */
class SignalJourneyBrowserTest extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void leadRecordsAShockForABusinessUnitAndAcknowledgesItOnAnAffectedInitiative() {
		String title = "Flood stops Plant Lyon " + System.nanoTime();
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			signIn(page, "lead");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Timeline").setExact(true)).click();
			assertThat(page.locator("h1")).hasText("Portfolio timeline of context changes");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a context change")).click();
			page.getByLabel("What changed").selectOption("SUDDEN_SHOCK");
			page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Title (required)").setExact(true)).fill(title);
			page.getByLabel("Description").fill("The river flooded the plant; production moved to other lines for weeks.");
			page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Business unit(s)")).check();
			page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Manufacturing")).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record context change")).click();

			assertThat(page.locator(".alert-success")).containsText("recorded; it affects");
			assertThat(page.locator("h1")).hasText(title);
			assertThat(page.locator("table")).containsText("Visual weld inspection");
			assertThat(page.locator("table")).not().containsText("Demand forecast");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Initiatives").setExact(true)).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Visual weld inspection")).click();
			Locator open = page.locator("#signals li", new Page.LocatorOptions().setHasText(title));
			assertThat(open).containsText("Sudden shock");
			assertThat(page.locator("#signals figure").first()).containsText("Recall of faulty welds");
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/signals-open-event.png")).setFullPage(true));

			open.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Acknowledge…")).click();
			assertThat(page.locator("h1")).hasText(title);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge")).click();
			assertThat(page.locator("#outcome-error")).containsText("Choose what the change meant");
			assertThat(page.locator("#response-error")).containsText("Say how the initiative responds");
			page.getByLabel("No impact", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByLabel("Response", new Page.GetByLabelOptions().setExact(false))
				.fill("No impact, because Plant Lyon's line restarts with the same cameras.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge")).click();

			assertThat(page).hasURL(Pattern.compile(".*/initiatives/\\d+#signals$"));
			assertThat(page.locator(".alert-success")).containsText("Acknowledged");
			assertThat(page.locator("#signals-heading")).isVisible();
			assertThat(page.locator("#signals li", new Page.LocatorOptions().setHasText(title))).hasCount(0);
			assertThat(jdbc.queryForObject("""
					select x.response from context_event_impact x join context_event e on e.id = x.event_id
					join initiative i on i.id = x.initiative_id where e.title = ? and i.name = 'Visual weld inspection'""",
					String.class, title)).startsWith("No impact");
			assertThat(jdbc.queryForObject("""
					select x.outcome from context_event_impact x join context_event e on e.id = x.event_id
					join initiative i on i.id = x.initiative_id where e.title = ? and i.name = 'Visual weld inspection'""",
					String.class, title)).isEqualTo("NO_IMPACT");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Timeline of this initiative")).click();
			assertThat(page.locator("table.timeline")).containsText("Acknowledged “" + title + "”");
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/signals-timeline.png")).setFullPage(true));

			page.navigate("/initiatives/" + jdbc.queryForObject("select id from initiative where name = 'Demand forecast'", Long.class));
			assertThat(page.locator("#signals figure").first()).containsText("MAPE");
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/signals-demand-forecast.png")).setFullPage(true));
		}
	}
}
