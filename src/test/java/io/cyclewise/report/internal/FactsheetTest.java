package io.cyclewise.report.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An initiative's factsheet as a page and as PDF, for whoever may read the initiative. */
@SpringBootTest
@AutoConfigureMockMvc
class FactsheetTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFactsheetPageShowsEverySectionAndWhenAndByWhomItWasGenerated() throws Exception {
		long id = initiativeWithFlagsAndHistory();
		String name = jdbc.queryForObject("SELECT name FROM initiative WHERE id = ?", String.class, id);
		String html = mvc.perform(get("/initiatives/" + id + "/factsheet").with(user("executive").roles("EXECUTIVE")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains(HtmlUtils.htmlEscape(name), "Generated ", " by " + displayName("executive"),
				"<h2>Purpose</h2>", "<h2>Cycles</h2>", "<h2>Mechanism trajectory</h2>", "<h2>Checklists</h2>",
				"<h2>Flags</h2>", "<h2>History</h2>", "Recommended practice", "@media print", "factsheet.pdf");
		assertThat(html).doesNotContainIgnoringCase("seed 00");
	}

	@Test
	void gateDecisionsHaveTheirOwnSectionWhereThereAreAny() throws Exception {
		long gated = jdbc.queryForObject("SELECT initiative_id FROM gate_request WHERE status = 'PENDING' LIMIT 1", Long.class);
		assertThat(mvc.perform(get("/initiatives/" + gated + "/factsheet").with(user("executive").roles("EXECUTIVE")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("<h2>Gate decisions</h2>", "Stage gate: ", "Pending", "requested by ");
		long ungated = jdbc.queryForObject("SELECT min(id) FROM initiative i WHERE NOT EXISTS"
				+ " (SELECT 1 FROM gate_request r WHERE r.initiative_id = i.id)", Long.class);
		assertThat(mvc.perform(get("/initiatives/" + ungated + "/factsheet").with(user("executive").roles("EXECUTIVE")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.doesNotContain("Gate decisions");
	}

	@Test
	void theCurrentAiActClassificationHasItsOwnSectionWithTheDisclaimer() throws Exception {
		long classified = jdbc.queryForObject("SELECT initiative_id FROM ai_act_current WHERE tier = 'HIGH_RISK' LIMIT 1",
				Long.class);
		String reasoning = jdbc.queryForObject("SELECT c.reasoning FROM ai_act_current cur JOIN ai_act_classification c"
				+ " ON c.id = cur.classification_id WHERE cur.initiative_id = ?", String.class, classified);
		assertThat(mvc.perform(get("/initiatives/" + classified + "/factsheet").with(user("executive").roles("EXECUTIVE")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("<h2>EU AI Act classification</h2>", "Annex III areas", HtmlUtils.htmlEscape(reasoning),
					"This classification supports, and does not replace, legal advice.");
	}

	@Test
	void thePdfIsTheSameFactsheetWithExtractableText() throws Exception {
		long id = initiativeWithFlagsAndHistory();
		String name = jdbc.queryForObject("SELECT name FROM initiative WHERE id = ?", String.class, id);
		byte[] pdf = mvc.perform(get("/initiatives/" + id + "/factsheet.pdf").with(user("scientist").roles("DATA_SCIENTIST")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(name.replaceAll("\\s+", " "), "Generated ", "by " + displayName("scientist"),
					"Mechanism trajectory", "Checklists");
			assertThat(text).doesNotContain("Download as PDF");
		}
	}

	@Test
	void anUnknownInitiativeIsNotFoundWithAMessageNeverAServerError() throws Exception {
		mvc.perform(get("/initiatives/999999999/factsheet").with(user("executive").roles("EXECUTIVE")))
			.andExpect(status().isNotFound())
			.andExpect(status().reason(containsString("There is no initiative 999999999")));
		mvc.perform(get("/initiatives/999999999/factsheet.pdf").with(user("executive").roles("EXECUTIVE")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/initiatives/x/factsheet.pdf").with(user("executive").roles("EXECUTIVE")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void nobodySignedOutSeesAFactsheet() throws Exception {
		long id = initiativeWithFlagsAndHistory();
		mvc.perform(get("/initiatives/" + id + "/factsheet.pdf"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	private long initiativeWithFlagsAndHistory() {
		return jdbc.queryForObject("SELECT min(i.id) FROM initiative i WHERE EXISTS (SELECT 1 FROM risk_flag f"
				+ " WHERE f.initiative_id = i.id) AND EXISTS (SELECT 1 FROM initiative_change c WHERE c.initiative_id = i.id)",
				Long.class);
	}

	private String displayName(String username) {
		return jdbc.queryForObject("SELECT display_name FROM app_user WHERE username = ?", String.class, username);
	}
}
