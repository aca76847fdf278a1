package io.cyclewise.browser;

import java.nio.file.Paths;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.cyclewise.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An executive opens the dashboard, clicks a heat-map cell and lands on the initiatives behind that number. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserTest {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.launch();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void executiveDrillsFromTheHeatMapIntoTheFilteredList() {
		try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
			Page page = context.newPage();
			page.navigate("/login");
			page.getByLabel("Username").fill("executive");
			page.getByLabel("Password").fill("cyclewise");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
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
