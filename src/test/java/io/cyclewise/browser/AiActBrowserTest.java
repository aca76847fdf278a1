package io.cyclewise.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An administrator classifies an initiative from its page: the derived tier follows the answers as they are ticked
 * (htmx), a contradiction is refused with its message and stores nothing, the consistent classification is kept.
 */
class AiActBrowserTest extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFormShowsTheDerivedTierAndRefusesAContradiction() {
		BackgroundWork.awaitDone(jdbc);
		long id = jdbc.queryForObject("SELECT id FROM initiative WHERE name = 'Warehouse slotting insights'", Long.class);
		long before = jdbc.queryForObject("SELECT count(*) FROM ai_act_classification WHERE initiative_id = ?", Long.class, id);
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			signIn(page, "admin");
			page.navigate("/initiatives/" + id);
			assertThat(page.locator("#ai-act-summary")).containsText("This classification supports, and does not replace, legal advice.");
			page.locator("#ai-act-summary").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
				.setName("Classify again")).click();
			assertThat(page.locator("h1")).hasText("Classify under the EU AI Act");
			assertThat(page.locator("#derived-tier")).containsText("Minimal risk");

			page.getByLabel("Art. 5(1)(c) Social scoring").check();
			assertThat(page.locator("#derived-tier")).containsText("Prohibited");
			page.locator("#statedTier").getByLabel("Minimal risk").check();
			page.getByLabel("Reasoning").fill("It ranks warehouse workers by their behaviour at work.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the classification")).click();
			assertThat(page.locator(".error-summary")).containsText(
					"You ticked an Article 5 practice, so the tier is “prohibited”, not “minimal risk”.");
			org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
					"SELECT count(*) FROM ai_act_classification WHERE initiative_id = ?", Long.class, id)).isEqualTo(before);

			page.locator("#statedTier").getByLabel("Prohibited").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the classification")).click();
			assertThat(page.locator("h1")).hasText("EU AI Act classification");
			assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("must not be placed on the market");
			assertThat(page.locator(".ai-act-history tbody tr")).hasCount((int) before + 1);
		}
	}
}
