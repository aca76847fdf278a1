package io.cyclewise.report;

import java.time.Duration;
import java.time.Instant;

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

import static io.cyclewise.support.Users.ADMIN;
import static io.cyclewise.support.Users.EXECUTIVE;
import static io.cyclewise.support.Users.LEAD;
import static io.cyclewise.support.Users.SCIENTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Board reports: requested, generated in the background with progress, then read as PDF and page by their requester. */
@SpringBootTest
@AutoConfigureMockMvc
class BoardReportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRequestedReportIsGeneratedInTheBackgroundAndReadAsPdfAndPage() throws Exception {
		String location = mvc.perform(post("/reports/board").with(EXECUTIVE).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(get("/reports/board/" + id).with(EXECUTIVE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Board report " + id)));
		awaitFinished(id);
		long initiatives = jdbc.queryForObject("SELECT count(*) FROM initiative", Long.class);
		assertThat(jdbc.queryForMap("SELECT status, done, total FROM report_run WHERE id = ?", id))
			.containsEntry("status", "DONE").containsEntry("done", (int) initiatives).containsEntry("total", (int) initiatives);
		mvc.perform(get("/reports/board/" + id + "/progress").with(EXECUTIVE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("report.pdf")));

		String anyName = jdbc.queryForObject("SELECT name FROM initiative ORDER BY name LIMIT 1", String.class);
		String topRisk = jdbc.queryForObject("SELECT i.name FROM risk_rollup r JOIN initiative i ON i.id = r.initiative_id"
				+ " WHERE r.risk_score > 0 ORDER BY r.risk_score DESC, i.name LIMIT 1", String.class);
		byte[] pdf = mvc.perform(get("/reports/board/" + id + "/report.pdf").with(EXECUTIVE))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Portfolio board report", "Whole portfolio", "Generated ",
					"by " + displayName("executive"), "Top ", topRisk.replaceAll("\\s+", " "), "Appendix",
					anyName.replaceAll("\\s+", " "));
		}
		String html = mvc.perform(get("/reports/board/" + id + "/report.html").with(EXECUTIVE))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Portfolio board report", "by " + displayName("executive"), HtmlUtils.htmlEscape(anyName));
		// one appendix row per initiative: the rows are the only <tr> with eight cells whose last is a number
		assertThat(html.split("<td class=\"number\">").length - 1).isGreaterThanOrEqualTo((int) initiatives * 3);

		// Only the requester and administrators see a run; to anyone else it does not exist.
		mvc.perform(get("/reports/board/" + id).with(SCIENTIST))
			.andExpect(status().isNotFound());
		mvc.perform(get("/reports/board/" + id + "/report.pdf").with(LEAD))
			.andExpect(status().isNotFound());
		mvc.perform(get("/reports/board/" + id + "/report.pdf").with(ADMIN))
			.andExpect(status().isOk());
	}

	@Test
	void aProjectLeadsReportCoversTheInitiativesTheyLead() throws Exception {
		String location = mvc.perform(post("/reports/board").with(LEAD).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		awaitFinished(id);
		long led = jdbc.queryForObject("SELECT count(*) FROM initiative WHERE lead_id = (SELECT id FROM app_user"
				+ " WHERE username = 'lead')", Long.class);
		assertThat(jdbc.queryForObject("SELECT total FROM report_run WHERE id = ?", Integer.class, id)).isEqualTo((int) led);
		assertThat(jdbc.queryForObject("SELECT filter_text FROM report_run WHERE id = ?", String.class, id)).startsWith("Lead: ");
	}

	@Test
	void aBadFilterIsAMessageAndRequestsNothing() throws Exception {
		long before = runs();
		mvc.perform(post("/reports/board").param("phase", "NOT_A_PHASE").with(EXECUTIVE).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not one of the offered choices")))
			.andExpect(content().string(containsString("No report was requested.")));
		mvc.perform(post("/reports/board").param("businessUnit", "999999999").with(EXECUTIVE).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no business unit 999999999.")));
		assertThat(runs()).isEqualTo(before);
	}

	@Test
	void aReportThatIsNotReadyIsAClearConflictAndAnUnknownOneNotFound() throws Exception {
		long id = jdbc.queryForObject("INSERT INTO report_run (requested_by, requested_at, filter_text, status, attempts,"
				+ " claimed_until) VALUES ('executive', now(), 'Whole portfolio', 'RUNNING', 1, now() + interval '1 hour')"
				+ " RETURNING id", Long.class);
		try {
			mvc.perform(get("/reports/board/" + id + "/report.pdf").with(EXECUTIVE))
				.andExpect(status().isConflict())
				.andExpect(status().reason(containsString("is not ready")));
			mvc.perform(get("/reports/board/" + id).with(EXECUTIVE))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("hx-trigger=\"every 2s\"")));
		}
		finally {
			jdbc.update("DELETE FROM report_run WHERE id = ?", id);
		}
		mvc.perform(get("/reports/board/999999999/report.html").with(EXECUTIVE))
			.andExpect(status().isNotFound())
			.andExpect(status().reason(containsString("There is no board report 999999999.")));
	}

	private long runs() {
		return jdbc.queryForObject("SELECT count(*) FROM report_run", Long.class);
	}

	private void awaitFinished(long id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			String status = jdbc.queryForObject("SELECT status FROM report_run WHERE id = ?", String.class, id);
			if (status.equals("DONE") || status.equals("FAILED")) {
				assertThat(status).as(jdbc.queryForObject("SELECT coalesce(failure, '') FROM report_run WHERE id = ?",
						String.class, id)).isEqualTo("DONE");
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("Board report " + id + " not finished within 120 s");
	}

	private String displayName(String username) {
		return jdbc.queryForObject("SELECT display_name FROM app_user WHERE username = ?", String.class, username);
	}
}
