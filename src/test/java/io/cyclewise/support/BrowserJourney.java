package io.cyclewise.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user journey in real Chromium against the whole app on a random port and a throw-away PostgreSQL with the demo
 * data. One browser per test class; each test gets a fresh context (cookies, session).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserJourney {

	private static Browser browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.launch();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	protected BrowserContext newContext() {
		return browser.newContext("http://localhost:" + port);
	}

	/** Signs in through the sign-in page with a demo login (password {@code cyclewise}). */
	protected static void signIn(Page page, String username) {
		page.navigate("/login");
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill("cyclewise");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}
}
