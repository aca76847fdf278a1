package io.cyclewise.risk;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.cyclewise.risk.internal.RiskFlagCsv;
import io.cyclewise.support.BackgroundWork;
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

/** Risk flags as CSV: of one initiative, and of the initiatives the list filter selects, open and cleared. */
@SpringBootTest
@AutoConfigureMockMvc
class RiskFlagExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void oneInitiativesFlagsWithTheirExplanation() throws Exception {
		BackgroundWork.awaitDone(jdbc);
		long id = jdbc.queryForObject("SELECT min(initiative_id) FROM risk_flag WHERE cleared_at IS NULL", Long.class);
		MockHttpServletResponse response = mvc.perform(get("/initiatives/" + id + "/flags.csv")
			.with(user("executive").roles("EXECUTIVE"))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv");
		CSVParser parser = parser(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(parser.getHeaderNames()).containsExactly(RiskFlagCsv.HEADER);
		List<CSVRecord> rows = parser.getRecords();
		assertThat(rows).hasSize(jdbc.queryForObject("SELECT count(*) FROM risk_flag WHERE initiative_id = ?", Integer.class, id));
		CSVRecord open = rows.stream().filter(row -> row.get("status").equals("OPEN")).findFirst().orElseThrow();
		assertThat(open.get("cleared_at")).isEmpty();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM risk_flag WHERE initiative_id = ? AND rule = ? AND severity = ?"
				+ " AND characteristic = ? AND explanation = ?", Integer.class, id, open.get("rule"), open.get("severity"),
				open.get("characteristic"), open.get("explanation"))).isGreaterThan(0);
		assertThat(mvc.perform(get("/initiatives/987654/flags.csv").with(user("executive").roles("EXECUTIVE")))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void thePortfolioExportFollowsTheListFilter() throws Exception {
		BackgroundWork.awaitDone(jdbc);
		String body = mvc.perform(get("/risk/flags.csv").param("phase", "SUSTAINING").with(user("executive").roles("EXECUTIVE")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> rows = parser(body).getRecords();
		int expected = jdbc.queryForObject("SELECT count(*) FROM risk_flag f JOIN initiative i ON i.id = f.initiative_id"
				+ " WHERE i.alignment_phase = 'SUSTAINING'", Integer.class);
		assertThat(expected).isPositive();
		assertThat(rows).hasSize(expected);
		assertThat(rows).extracting(row -> row.get("initiative_id")).allSatisfy(id -> assertThat(jdbc.queryForObject(
				"SELECT alignment_phase FROM initiative WHERE id = ?", String.class, Long.valueOf(id))).isEqualTo("SUSTAINING"));
	}

	private static CSVParser parser(String text) throws Exception {
		return CSVParser.builder().setReader(new StringReader(text))
			.setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get();
	}
}
