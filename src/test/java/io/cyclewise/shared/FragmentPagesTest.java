package io.cyclewise.shared;

import io.cyclewise.initiative.internal.InitiativeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sections that htmx loads into pages are whole pages (layout, title, language, a link back) when requested
 * without htmx, and stay bare sections for htmx.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FragmentPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	InitiativeRepository initiatives;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everySectionEndpointIsAFullPageWithoutHtmxAndABareSectionWithIt() throws Exception {
		long id = initiatives.findByNameIgnoreCase("Mortgage document robot").orElseThrow().getId();
		Long answer = jdbc.queryForObject("select min(id) from checklist_answer where initiative_id = ?", Long.class, id);
		String[][] sections = {
				{ "/initiatives/" + id + "/flags", "Risk flags of Mortgage document robot", "/initiatives/" + id + "\"" },
				{ "/initiatives/" + id + "/checklists/summary", "Checklist summary", "/initiatives/" + id + "\"" },
				{ "/initiatives/" + id + "/checklists/fit", "Mechanism fit and checklist completion", "/initiatives/" + id + "/checklists\"" },
				{ "/initiatives/" + id + "/signals", "Signals from the field: Mortgage document robot", "/initiatives/" + id + "\"" },
				{ "/initiatives/" + id + "/checklists/answers/" + answer + "/history", "History of an answer", "/initiatives/" + id + "/checklists\"" },
				{ "/risk/recomputation", "Flag recomputation", "" } };
		for (String[] section : sections) {
			if (section[0].contains("/null/")) {
				continue;
			}
			mvc.perform(get(section[0]).with(user("admin").roles("ADMIN")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("<html lang=\"en\""),
						containsString("<title>" + section[1] + " · Cyclewise</title>"),
						containsString("<nav class=\"navbar"), containsString("/webjars/bootstrap/"),
						containsString("← Back to"), containsString(section[2].isEmpty() ? "<h1" : "href=\"" + section[2]))));
			if (!section[0].startsWith("/risk/")) {
				mvc.perform(get(section[0]).header("HX-Request", "true").with(user("admin").roles("ADMIN")))
					.andExpect(status().isOk())
					.andExpect(content().string(allOf(not(containsString("<html")), not(containsString("<nav")),
							not(containsString("← Back to")))));
			}
		}
	}
}
