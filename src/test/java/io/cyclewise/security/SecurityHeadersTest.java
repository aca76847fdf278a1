package io.cyclewise.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every page carries the Content-Security-Policy and the other security headers (the cookie: SecureSessionCookieTest). */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTest {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesCarryAContentSecurityPolicyWithoutInlineScript() throws Exception {
		for (String page : new String[] { "/login", "/dashboard", "/initiatives", "/checklists", "/timeline" }) {
			mvc.perform(get(page).with(user("admin").roles("ADMIN")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
				.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
				.andExpect(header().string("Content-Security-Policy", containsString("form-action 'self'")))
				.andExpect(header().string("Content-Security-Policy", containsString("base-uri 'self'")))
				.andExpect(header().string("Content-Security-Policy", containsString("img-src 'self' data:")))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				// No inline script or inline event handler is left for the policy to block.
				.andExpect(content().string(not(containsString("<script>"))))
				.andExpect(content().string(not(containsString("th:inline"))))
				.andExpect(content().string(not(containsString(" onclick="))))
				.andExpect(content().string(not(containsString(" onchange="))))
				.andExpect(content().string(not(containsString(" onsubmit="))));
		}
	}

	@Test
	void everyScriptElementOfTheDashboardIsAFileOrData() throws Exception {
		String html = mvc.perform(get("/dashboard").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		var scripts = java.util.regex.Pattern.compile("<script([^>]*)>").matcher(html);
		int count = 0;
		while (scripts.find()) {
			count++;
			assertThat(scripts.group(1)).as("script element %s", scripts.group()).containsAnyOf(" src=", "application/json");
		}
		assertThat(count).isGreaterThanOrEqualTo(4);
		assertThat(html).contains("/js/dashboard.js");
	}

	@Test
	void theFaviconIsServedWithoutSigningInAndFaviconIcoPointsToIt() throws Exception {
		mvc.perform(get("/img/favicon.svg"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
		mvc.perform(get("/favicon.ico"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", containsString("/img/favicon.svg")));
		mvc.perform(get("/dashboard").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/img/favicon.svg\">")));
	}
}
