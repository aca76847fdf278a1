package io.cyclewise.dashboard.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the dashboard page says instead of a chart with nothing on it, and its scroll hint for narrow screens. */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardPageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void weeksWithoutAnyFlagAreSaidInWordsInsteadOfAFlatChart() throws Exception {
		mvc.perform(get("/dashboard").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"weekly-chart\""), not(containsString("id=\"weekly-none\"")),
					containsString("id=\"matrix-scroll-hint\""))));
		// A lead nobody is: no initiative in scope, so no flag in any week.
		mvc.perform(get("/dashboard").param("lead", "987654").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"weekly-none\""), not(containsString("id=\"weekly-chart\"")))));
	}
}
