package io.cyclewise.checklist.internal;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Checklist answers as CSV: every applicable item, answered or not, per initiative and for a filtered portfolio. */
@SpringBootTest
@AutoConfigureMockMvc
class ChecklistAnswerExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyApplicableItemOfOneInitiativeWithItsAnswer() throws Exception {
		long id = jdbc.queryForObject("SELECT min(initiative_id) FROM checklist_answer", Long.class);
		MockHttpServletResponse response = mvc.perform(get("/initiatives/" + id + "/checklists/answers.csv")
			.with(user("scientist").roles("DATA_SCIENTIST"))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		CSVParser parser = parser(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(parser.getHeaderNames()).containsExactly(ChecklistAnswerCsv.HEADER);
		List<CSVRecord> rows = parser.getRecords();
		assertThat(rows).hasSize(jdbc.queryForObject("SELECT count(*) FROM checklist_applicable_item WHERE initiative_id = ?",
				Integer.class, id));
		long answered = jdbc.queryForObject("SELECT count(*) FROM checklist_applicable_item WHERE initiative_id = ?"
				+ " AND status IS NOT NULL", Long.class, id);
		assertThat(answered).isPositive();
		assertThat(rows.stream().filter(row -> !row.get("status").equals(ChecklistAnswerCsv.NOT_ASSESSED))).hasSize((int) answered);
		CSVRecord answer = rows.stream().filter(row -> !row.get("answered_by").isEmpty()).findFirst().orElseThrow();
		assertThat(jdbc.queryForObject("SELECT status FROM checklist_answer WHERE initiative_id = ? AND kind = ? AND item_key = ?",
				String.class, id, answer.get("checklist"), answer.get("item_key"))).isEqualTo(answer.get("status"));
	}

	@Test
	void thePortfolioExportFollowsTheListFilter() throws Exception {
		String body = mvc.perform(get("/checklists/answers.csv").param("mechanism", "PROCESS_AUTOMATION")
			.with(user("executive").roles("EXECUTIVE"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> rows = parser(body).getRecords();
		int expected = jdbc.queryForObject("SELECT count(*) FROM checklist_applicable_item WHERE mechanism = 'PROCESS_AUTOMATION'",
				Integer.class);
		assertThat(expected).isPositive();
		assertThat(rows).hasSize(expected);
	}

	private static CSVParser parser(String text) throws Exception {
		return CSVParser.builder().setReader(new StringReader(text))
			.setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get();
	}
}
