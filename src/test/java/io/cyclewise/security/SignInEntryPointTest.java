package io.cyclewise.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Requests without a session: pages go to the sign-in page; htmx sections and JSON clients are told so instead. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInEntryPointTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aPageRequestIsRedirectedToTheSignInPage() throws Exception {
		mvc.perform(get("/initiatives/1").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void anHtmxSectionGets401AndSendsTheWholePageToSignIn() throws Exception {
		// A redirect would make htmx swap the sign-in page into the section of the page the person looks at.
		mvc.perform(get("/initiatives/1/checklists/summary").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login"));
	}

	@Test
	void aJsonClientGets401InsteadOfTheSignInPage() throws Exception {
		mvc.perform(get("/initiatives/1").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"));
	}
}
