package io.cyclewise.browser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.cyclewise.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI works for a signed-in user under the portal's Content-Security-Policy and its static-file mappings:
 * its files load, it reads the description, lists the operations, and the browser refuses nothing.
 */
class SwaggerUiBrowserTest extends BrowserJourney {

	@Test
	void aSignedInUserSeesTheOperationsWithoutAnyRefusedResource() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			List<String> problems = new CopyOnWriteArrayList<>();
			page.onConsoleMessage(message -> {
				if (message.type().equals("error") || message.text().contains("Content Security Policy")
						|| message.text().contains("Refused to")) {
					problems.add(message.text());
				}
			});
			page.onPageError(error -> problems.add(String.valueOf(error)));
			page.onResponse(response -> {
				if (response.status() >= 400) {
					problems.add(response.status() + " " + response.url());
				}
			});
			signIn(page, "scientist");

			page.navigate("/swagger-ui.html");
			// The first request for the description builds it (several seconds on a busy machine).
			assertThat(page.locator(".info .title")).containsText("Cyclewise API",
					new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
			assertThat(page.locator(".opblock-summary-path[data-path='/api/v1/flags']")).isVisible();
			assertThat(page.locator(".opblock-summary-path[data-path='/api/v1/dashboard']")).isVisible();
			assertThat(page.locator(".opblock-summary-path[data-path='/api/v1/initiatives/{id}']").first()).isVisible();
			// The bearer scheme: "Authorize" asks for a personal access token.
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Authorize").setExact(false)).first().click();
			assertThat(page.locator(".auth-container")).containsText("personalAccessToken");
			assertThat(problems).as("Console errors, CSP refusals and failed requests on Swagger UI").isEmpty();
		}
	}
}
