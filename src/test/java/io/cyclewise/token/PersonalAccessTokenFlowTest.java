package io.cyclewise.token;

import io.cyclewise.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.cyclewise.support.Api.bearer;
import static io.cyclewise.support.Api.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Tokens from the settings page to the API call and back: shown once, stored hashed, last use, revoke, expiry. */
@SpringBootTest
@AutoConfigureMockMvc
class PersonalAccessTokenFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalAccessTokens tokens;

	@Test
	void createdOnTheSettingsPageShownOnceStoredHashedAndRevocable() throws Exception {
		MvcResult created = mvc.perform(post("/settings/tokens").with(user("executive").roles("EXECUTIVE")).with(csrf())
			.param("name", "Board deck export").param("access", "READ_ONLY").param("validForDays", "30"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("secret", containsString(PersonalAccessTokens.SECRET_PREFIX)))
			.andReturn();
		String secret = (String) created.getFlashMap().get("secret");
		assertThat(jdbc.queryForObject("select count(*) from personal_access_token where secret_hash = ? and owner = 'executive'",
				Integer.class, PersonalAccessTokens.hash(secret))).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from personal_access_token where secret_hash = ? or secret_prefix = ?",
				Integer.class, secret, secret)).isZero();
		mvc.perform(get("/settings/tokens").with(user("executive").roles("EXECUTIVE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Board deck export")))
			.andExpect(content().string(containsString(secret.substring(0, 10) + "…")))
			.andExpect(content().string(not(containsString(secret))))
			.andExpect(content().string(containsString("never")));

		mvc.perform(get("/api/v1/initiatives").with(bearer(secret))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select last_used_at is not null from personal_access_token where secret_hash = ?",
				Boolean.class, PersonalAccessTokens.hash(secret))).isTrue();

		long id = jdbc.queryForObject("select id from personal_access_token where secret_hash = ?", Long.class,
				PersonalAccessTokens.hash(secret));
		mvc.perform(post("/settings/tokens/{id}/revoke", id).with(user("lead").roles("PROJECT_LEAD")).with(csrf()))
			.andExpect(flash().attribute("message", "You have no such token."));
		mvc.perform(get("/api/v1/initiatives").with(bearer(secret))).andExpect(status().isOk());
		mvc.perform(post("/settings/tokens/{id}/revoke", id).with(user("executive").roles("EXECUTIVE")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/initiatives").with(bearer(secret)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail", containsString("unknown, expired or revoked")));
	}

	@Test
	void invalidFormKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/settings/tokens").with(user("lead").roles("PROJECT_LEAD")).with(csrf())
			.param("name", "Nightly retraining").param("access", "READ_WRITE").param("validForDays", "400"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most 365 days")))
			.andExpect(content().string(containsString("value=\"Nightly retraining\"")));
	}

	@Test
	void expiredTokensAndTokensOfDisabledOwnersAreRefused() throws Exception {
		String expiring = Api.token(tokens, "executive", TokenAccess.READ_ONLY);
		jdbc.update("update personal_access_token set expires_at = now() - interval '1 minute' where secret_hash = ?",
				PersonalAccessTokens.hash(expiring));
		mvc.perform(get("/api/v1/initiatives").with(bearer(expiring))).andExpect(status().isUnauthorized());

		String owners = Api.token(tokens, "lead2", TokenAccess.READ_ONLY);
		mvc.perform(get("/api/v1/initiatives").with(bearer(owners))).andExpect(status().isOk());
		jdbc.update("update app_user set enabled = false where username = 'lead2'");
		try {
			mvc.perform(get("/api/v1/initiatives").with(bearer(owners))).andExpect(status().isUnauthorized());
		}
		finally {
			jdbc.update("update app_user set enabled = true where username = 'lead2'");
		}
	}

	@Test
	void repeatedWrongTokensFromOneAddressAreSlowedDown() throws Exception {
		String address = "10.20.30.40";
		for (int attempt = 0; attempt < 20; attempt++) {
			mvc.perform(get("/api/v1/initiatives").with(bearer("cwp_guess" + attempt)).with(from(address)))
				.andExpect(status().isUnauthorized());
		}
		String valid = Api.token(tokens, "executive", TokenAccess.READ_ONLY);
		mvc.perform(get("/api/v1/initiatives").with(bearer(valid)).with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.title").value("Too many requests"));
		mvc.perform(get("/api/v1/initiatives").with(bearer(valid)).with(from("10.20.30.41"))).andExpect(status().isOk());
	}
}
