package io.cyclewise.browser;

import java.nio.file.Paths;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.cyclewise.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An executive opens the dashboard, clicks a heat-map cell and lands on the initiatives behind that number. */
class DashboardBrowserTest extends BrowserJourney {

	@Test
	void executiveDrillsFromTheHeatMapIntoTheFilteredList() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			signIn(page, "executive");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard").setExact(true)).click();
			assertThat(page.locator("h1")).hasText("Portfolio dashboard");
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/dashboard.png")).setFullPage(true));

			Locator row = page.locator("#heat-map tbody tr:has(td:nth-of-type(1) a)").first();
			String unit = row.locator("th").innerText().trim();
			Locator cell = row.locator("td").first().locator("a");
			String flags = cell.locator(".heat-flags").innerText().trim();
			String onInitiatives = cell.locator(".heat-initiatives").innerText().trim();
			org.assertj.core.api.Assertions.assertThat(flags).matches("\\d+ flags?");
			org.assertj.core.api.Assertions.assertThat(onInitiatives).matches("on \\d+ initiatives?");
			int initiatives = Integer.parseInt(onInitiatives.replaceAll("\\D", ""));
			org.assertj.core.api.Assertions.assertThat(initiatives).isLessThanOrEqualTo(Integer.parseInt(flags.replaceAll("\\D", "")));
			cell.click();

			assertThat(page).hasURL(Pattern.compile(".*/initiatives\\?.*only=open-flag-temporal-complexity.*"));
			assertThat(page.locator("h1")).hasText("Initiatives");
			assertThat(page.locator("#only")).hasValue("open-flag-temporal-complexity");
			assertThat(page.locator("#businessUnit option[selected]")).hasText(unit);
			// The cell said how many initiatives; the list shows exactly those.
			assertThat(page.getByText(initiatives + " matching initiatives.")).isVisible();
			Locator rows = page.locator("table tbody tr");
			org.assertj.core.api.Assertions.assertThat(rows.count()).isEqualTo(initiatives);
			for (int index = 0; index < initiatives; index++) {
				assertThat(rows.nth(index).locator("td").nth(1)).hasText(unit);
			}
			// Each active filter is a removable chip; removing the flag criterion keeps the business unit.
			Locator chip = page.locator(".filter-chip", new Page.LocatorOptions().setHasText("Has an open temporal complexity flag"));
			assertThat(chip).isVisible();
			assertThat(page.locator(".filter-chip", new Page.LocatorOptions().setHasText("Business unit: " + unit))).isVisible();
			chip.click();
			assertThat(page.locator(".filter-chip", new Page.LocatorOptions().setHasText("Has an open temporal complexity flag"))).hasCount(0);
			assertThat(page.locator("#businessUnit option[selected]")).hasText(unit);
			org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain("only=");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the dashboard")).click();
			assertThat(page.locator("h1")).hasText("Portfolio dashboard");
		}
	}
}
