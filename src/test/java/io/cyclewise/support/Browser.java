package io.cyclewise.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Real Chromium from the system (never a downloaded browser). Without one, a browser test skips on a developer's
 * machine and fails under {@code CI=true}. {@code CYCLEWISE_CHROMIUM} overrides the path.
 */
public final class Browser implements AutoCloseable {

	private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome");

	private final Playwright playwright;
	private final com.microsoft.playwright.Browser browser;

	private Browser(Path executable) {
		this.playwright = Playwright.create();
		this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
			.setHeadless(true)
			.setArgs(List.of("--disable-gpu", "--no-first-run", "--disable-background-networking",
					"--disable-component-update", "--disable-sync")));
	}

	public static Browser launch() {
		Path executable = findChromium();
		if (executable == null) {
			String message = "No Chromium found (looked at " + CANDIDATES + " and CYCLEWISE_CHROMIUM); install it with 'apt-get install -y chromium'.";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message);
			}
			Assumptions.abort(message);
		}
		return new Browser(executable);
	}

	private static Path findChromium() {
		String configured = System.getenv("CYCLEWISE_CHROMIUM");
		if (configured != null && !configured.isBlank()) {
			return Files.isExecutable(Paths.get(configured)) ? Paths.get(configured) : null;
		}
		return CANDIDATES.stream().map(Paths::get).filter(Files::isExecutable).findFirst().orElse(null);
	}

	public BrowserContext newContext(String baseUrl) {
		return browser.newContext(new NewContextOptions().setBaseURL(baseUrl).setViewportSize(1280, 900));
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
