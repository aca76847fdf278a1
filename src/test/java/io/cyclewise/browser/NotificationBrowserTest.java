package io.cyclewise.browser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.cyclewise.notification.NewNotification;
import io.cyclewise.notification.NotificationKind;
import io.cyclewise.notification.Notifications;
import io.cyclewise.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The bell in the navigation counts unread notifications (htmx, under the CSP); the inbox opens and marks them. */
class NotificationBrowserTest extends BrowserJourney {

	@Autowired
	Notifications notifications;

	@Test
	void theBellCountsUnreadNotificationsAndTheInboxMarksThemRead() {
		notifications.markAllRead("lead2");
		notifications.notify(new NewNotification("lead2", NotificationKind.REVIEW_DUE, "browser:1", "Review due soon: Browser test",
				"The alignment review is due.", "/reviews/overdue"));
		notifications.notify(new NewNotification("lead2", NotificationKind.TOKEN_EXPIRING, "browser:2", "API token expires soon",
				"Create a new one.", "/settings/tokens"));
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			List<String> problems = new CopyOnWriteArrayList<>();
			page.onConsoleMessage(message -> {
				if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
					problems.add(page.url() + ": " + message.text());
				}
			});
			signIn(page, "lead2");
			page.navigate("/dashboard");
			assertThat(page.locator("#notification-bell")).hasAttribute("aria-label", "Notifications: 2 unread");
			assertThat(page.locator("#notification-bell .badge")).hasText("2");

			page.locator("#notification-bell").click();
			assertThat(page.locator("h1")).hasText("Notifications");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review due soon: Browser test")).click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/reviews/overdue$"));
			assertThat(page.locator("#notification-bell")).hasAttribute("aria-label", "Notifications: 1 unread");

			page.navigate("/notifications");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all read")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("1 notification marked read.");
			assertThat(page.locator("#notification-bell")).hasAttribute("aria-label", "Notifications: none unread");
			assertThat(problems).isEmpty();
		}
	}
}
