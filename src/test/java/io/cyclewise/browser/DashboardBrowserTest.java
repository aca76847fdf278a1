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

			Locator row = page.locator("#heat-map tbody tr").first();
			String unit = row.locator("th").innerText().trim();
			Locator cell = row.locator("td a").first();
			String count = cell.innerText().trim();
			cell.click();

			assertThat(page).hasURL(Pattern.compile(".*/initiatives\\?.*only=open-flag-temporal-complexity.*"));
			assertThat(page.locator("h1")).hasText("Initiatives");
			assertThat(page.locator("span.badge", new Page.LocatorOptions().setHasText("Has an open temporal complexity flag"))).isVisible();
			assertThat(page.locator("#only")).hasValue("open-flag-temporal-complexity");
			assertThat(page.locator("#businessUnit option[selected]")).hasText(unit);
			Locator rows = page.locator("table tbody tr");
			int listed = rows.count();
			org.assertj.core.api.Assertions.assertThat(listed).isPositive().isLessThanOrEqualTo(Integer.parseInt(count));
			for (int index = 0; index < listed; index++) {
				assertThat(rows.nth(index).locator("td").nth(1)).hasText(unit);
			}
		}
	}
}
