package io.cyclewise.user;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The page language: a person's own choice, else the browser's Accept-Language among English and German, else English. */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageFlowTest {

	static final RequestPostProcessor EXECUTIVE = user("executive").roles("EXECUTIVE");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@AfterEach
	void followTheBrowserAgain() {
		users.changeLanguage("executive", null);
	}

	@Test
	void anAnonymousSignInPageFollowsAcceptLanguage() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"de\"")))
			.andExpect(content().string(containsString("Anmelden</h1>")));
		mvc.perform(get("/login").header("Accept-Language", "fr-FR,fr;q=0.9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("Sign in</h1>")));
		mvc.perform(get("/login").header("Accept-Language", "not a language;;q=x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in")));
	}

	@Test
	void aPersonWhoChoseGermanSeesGermanNavigationWhateverTheBrowserSays() throws Exception {
		users.changeLanguage("executive", Locale.GERMAN);
		mvc.perform(get("/sources").with(EXECUTIVE).session(new MockHttpSession()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"de\"")))
			.andExpect(content().string(containsString(">Initiativen</a>")))
			.andExpect(content().string(containsString(">Abmelden</button>")))
			.andExpect(content().string(not(containsString(">Sign out</button>"))));
	}

	@Test
	void aChoiceTakesEffectAtOnceAndBadChoicesAreRefused() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(get("/sources").with(EXECUTIVE).session(session))
			.andExpect(content().string(containsString(">Sign out</button>")));
		mvc.perform(post("/settings/language").with(EXECUTIVE).with(csrf()).session(session).param("language", "de"))
			.andExpect(status().is3xxRedirection());
		assertThat(users.chosenLocaleOf("executive")).contains(Locale.GERMAN);
		// The same session: the cached choice was replaced, so the next page is German without signing in again.
		mvc.perform(get("/settings/language").with(EXECUTIVE).session(session))
			.andExpect(content().string(containsString("<html lang=\"de\"")))
			.andExpect(content().string(containsString(">Abmelden</button>")));

		mvc.perform(post("/settings/language").with(EXECUTIVE).with(csrf()).session(session).param("language", "klingon"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wählen Sie eine der angebotenen Sprachen.")));
		assertThat(users.chosenLocaleOf("executive")).contains(Locale.GERMAN);

		mvc.perform(post("/settings/language").with(EXECUTIVE).with(csrf()).session(session).param("language", "")
			.header("Accept-Language", "en-GB"))
			.andExpect(status().is3xxRedirection());
		assertThat(users.chosenLocaleOf("executive")).isEmpty();
		mvc.perform(get("/sources").with(EXECUTIVE).session(session).header("Accept-Language", "en-GB"))
			.andExpect(content().string(containsString(">Sign out</button>")));
	}
}
