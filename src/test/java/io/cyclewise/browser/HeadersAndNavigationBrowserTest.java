package io.cyclewise.browser;

import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.cyclewise.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under the Content-Security-Policy (scripts from the portal's own files only) the pages still work: charts are
 * drawn, htmx loads sections, and the browser reports no violation. The Administration menu reaches every admin
 * page and the user's menu signs out; on a phone-sized screen wide tables say that they scroll sideways.
 */
class HeadersAndNavigationBrowserTest extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pagesWorkUnderTheContentSecurityPolicyWithoutAnyViolation() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			List<String> problems = new CopyOnWriteArrayList<>();
			page.onConsoleMessage(message -> {
				if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
					problems.add(page.url() + ": " + message.text());
				}
			});
			page.onPageError(error -> problems.add(page.url() + ": " + error));
			signIn(page, "admin");

			page.navigate("/dashboard");
			assertThat(page.locator("h1")).hasText("Portfolio dashboard");
			// Chart.js drew both charts from dashboard.js (an inline script would have been refused).
			page.waitForFunction("() => typeof Chart !== 'undefined' && Chart.getChart('funnel-chart') !== undefined"
					+ " && (Chart.getChart('weekly-chart') !== undefined || document.getElementById('weekly-none') !== null)");
			assertThat((Integer) page.evaluate("() => Chart.getChart('funnel-chart').data.datasets[0].data.length"))
				.isEqualTo(page.locator("#funnel tbody tr").count());

			long id = jdbc.queryForObject("select id from initiative where name = 'Demand forecast'", Long.class);
			page.navigate("/initiatives/" + id);
			// Sections loaded by htmx.
			assertThat(page.locator("#flags h2")).hasText("Risk flags");
			assertThat(page.locator("#checklist-summary")).isVisible();
			assertThat(page.locator("#signals-heading")).hasText("Signals from the field");
			page.waitForLoadState(LoadState.NETWORKIDLE);

			page.navigate("/initiatives/" + id + "/checklists");
			page.waitForLoadState(LoadState.NETWORKIDLE);
			assertThat((Boolean) page.evaluate("() => typeof htmx !== 'undefined'")).isTrue();

			page.navigate("/initiatives/" + id + "/signals");
			assertThat(page.locator("h1")).containsText("Signals from the field");
			assertThat(page.locator("a.back-link")).isVisible();

			page.navigate("/timeline");
			page.waitForLoadState(LoadState.NETWORKIDLE);

			assertThat(problems).isEmpty();
		}
	}

	@Test
	void theAdministrationMenuReachesEveryAdminPageAndSavedThresholdsStayOnTheirPage() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			signIn(page, "admin");
			String[][] items = { { "Users", "/admin/users" }, { "Business units", "/admin/business-units" },
					{ "Checklist templates", "/checklists" }, { "Risk thresholds", "/admin/risk-thresholds" } };
			for (String[] item : items) {
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Administration")).click();
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(item[0]).setExact(true)).click();
				page.waitForURL("**" + item[1]);
			}
			assertThat(page.locator("h1")).hasText("Risk thresholds");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and recompute all flags")).click();
			page.waitForURL("**/admin/risk-thresholds");
			assertThat(page.locator(".alert-success")).containsText("Thresholds saved");
			assertThat(page.locator("#recomputation-progress")).isVisible();

			// Every link of the bar stays inside the dark bar (an overflowing bar put "Sign out" on the white page).
			assertThat((Boolean) page.evaluate("() => { const bar = document.querySelector('nav.navbar').getBoundingClientRect();"
					+ " return [...document.querySelectorAll('nav.navbar .nav-link, #user-menu')].every(link => {"
					+ " const box = link.getBoundingClientRect(); return box.right <= bar.right && box.bottom <= bar.bottom; }); }"))
				.isTrue();
			// The user's own menu: settings, tokens and signing out.
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("admin").setExact(true)).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
			page.waitForURL("**/login?logout");
		}
	}

	@Test
	void onAPhoneWideTablesSayThatTheyScrollSideways() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			signIn(page, "admin");
			page.navigate("/initiatives");
			assertThat(page.locator("#list-scroll-hint")).isHidden();
			page.setViewportSize(390, 844);
			assertThat(page.locator("#list-scroll-hint")).isVisible();
			assertThat(page.locator("#list-scroll-hint")).hasText("Scroll sideways for more columns →");
			assertThat((Boolean) page.evaluate("() => { const box = document.querySelector('#list-scroll-hint + .table-responsive');"
					+ " return box.scrollWidth > box.clientWidth; }")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/initiatives-390.png")));

			page.navigate("/dashboard");
			assertThat(page.locator("#matrix-scroll-hint")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/dashboard-390.png")));
		}
	}
}
