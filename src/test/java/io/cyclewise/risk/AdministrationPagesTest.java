package io.cyclewise.risk;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Administration menu and the thresholds page after saving. */
@SpringBootTest
@AutoConfigureMockMvc
class AdministrationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RiskThresholdService thresholds;

	@Test
	void administratorsReachEveryAdminPageFromTheMenuOthersSeeNoMenu() throws Exception {
		mvc.perform(get("/dashboard").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(allOf(containsString(">Administration</a>"),
					containsString("href=\"/admin/users\""), containsString("href=\"/admin/business-units\""),
					containsString("href=\"/admin/checklist-templates\""), containsString("href=\"/admin/risk-thresholds\""))));
		mvc.perform(get("/dashboard").with(user("executive").roles("EXECUTIVE")))
			.andExpect(content().string(allOf(not(containsString("Administration")), not(containsString("/admin/")))));
	}

	@Test
	void savedThresholdsReturnToTheThresholdsPageWithAConfirmationAndTheRecomputationProgress() throws Exception {
		var request = post("/admin/risk-thresholds").with(user("admin").roles("ADMIN")).with(csrf());
		thresholds.current().values().forEach((threshold, value) -> request.param(threshold.name(), value.toPlainString()));
		mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/risk-thresholds"))
			.andExpect(flash().attribute("message", containsString("Thresholds saved")));
		// The confirmation itself travels as a flash attribute (checked above; shown in the browser test).
		mvc.perform(get("/admin/risk-thresholds").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("hx-get=\"/risk/recomputation\""),
					containsString("<h1 class=\"h3 mb-3\">Risk thresholds</h1>"))));
	}
}
