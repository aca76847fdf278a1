package io.cyclewise.shared;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Pages cite the studies by their short names, listed on the Sources page; never by the internal file names. */
@SpringBootTest
@AutoConfigureMockMvc
class SourcesPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSourcesPageNamesEveryStudy() throws Exception {
		String page = page("/sources");
		for (Study study : Study.values()) {
			assertThat(page).contains(study.citation().replace("&", "&amp;"));
		}
	}

	@Test
	void everyChecklistTemplateCitesAStudyOfTheSourcesPage() {
		List<String> citations = Arrays.stream(Study.values()).map(Study::citation).toList();
		assertThat(jdbc.queryForList("SELECT DISTINCT seed FROM checklist_template", String.class))
			.isNotEmpty().allMatch(citations::contains);
	}

	@Test
	void pagesNeverShowTheInternalNamesOfThePapers() throws Exception {
		for (String path : new String[] { "/dashboard", "/risk/rules", "/checklists", "/initiatives/1/checklists",
				"/maturity/1", "/timeline", "/initiatives/1/signals", "/events/new" }) {
			assertThat(page(path)).as(path).doesNotContainIgnoringCase("seed 00").doesNotContain("_3bc9e50ba016038c");
		}
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(user("admin").roles("ADMIN", "EXECUTIVE", "PROJECT_LEAD")))
			.andReturn().getResponse().getContentAsString();
	}
}
