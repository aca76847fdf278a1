package io.cyclewise.user;

import io.cyclewise.user.account.AppUser;
import io.cyclewise.user.internal.AppUserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Full stack with the demo users: the administrator's user page refuses damaged forms with a visible message. */
@SpringBootTest
@AutoConfigureMockMvc
class UserAdminFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AppUserRepository users;

	@Test
	void aFormWithoutItsVersionSaysSoAndChangesNothing() throws Exception {
		AppUser scientist = users.findByUsernameIgnoreCase("scientist").orElseThrow();
		// The version is a hidden field: its error used to be invisible, so the page came back without any message.
		mvc.perform(post("/admin/users/" + scientist.getId()).with(user("admin").roles("ADMIN")).with(csrf())
			.param("roles", "EXECUTIVE").param("enabled", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The form is incomplete or damaged, so nothing was saved.")));
		mvc.perform(post("/admin/users/" + scientist.getId()).with(user("admin").roles("ADMIN")).with(csrf())
			.param("roles", "EXECUTIVE").param("enabled", "true").param("version", "not-a-number"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The form is incomplete or damaged, so nothing was saved.")));
		assertThat(users.findById(scientist.getId()).orElseThrow().getRoles()).containsExactly(Role.DATA_SCIENTIST);
	}

	@Test
	void anInitialPasswordFollowsThePasswordPolicy() throws Exception {
		for (String weak : new String[] { "12345678", "aaaaaaaaaaaa", "password1234", "newcomer-2026!" }) {
			mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
				.param("username", "newcomer").param("displayName", "Nina Newcomer").param("password", weak)
				.param("roles", "EXECUTIVE"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"password-error\"")));
		}
		assertThat(users.findByUsernameIgnoreCase("newcomer")).isEmpty();
		mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
			.param("username", "newcomer").param("displayName", "Nina Newcomer").param("password", "password1234")
			.param("roles", "EXECUTIVE"))
			.andExpect(content().string(containsString("This password is on a list of commonly used or leaked passwords")));
		mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
			.param("username", "newcomer").param("displayName", "Nina Newcomer")
			.param("password", "velvet thunder over the orchard").param("roles", "EXECUTIVE"))
			.andExpect(status().is3xxRedirection());
		assertThat(users.findByUsernameIgnoreCase("newcomer")).isPresent();
	}

	@Test
	void theLastEnabledAdministratorCannotBeRemovedOrDisabled() throws Exception {
		AppUser admin = users.findByUsernameIgnoreCase("admin").orElseThrow();
		mvc.perform(post("/admin/users/" + admin.getId()).with(user("admin").roles("ADMIN")).with(csrf())
			.param("roles", "EXECUTIVE").param("enabled", "true").param("version", String.valueOf(admin.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("At least one enabled administrator must remain")));
		mvc.perform(post("/admin/users/" + admin.getId()).with(user("admin").roles("ADMIN")).with(csrf())
			.param("roles", "ADMIN").param("enabled", "false").param("version", String.valueOf(admin.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("At least one enabled administrator must remain")));
		AppUser unchanged = users.findById(admin.getId()).orElseThrow();
		assertThat(unchanged.getRoles()).containsExactly(Role.ADMIN);
		assertThat(unchanged.isEnabled()).isTrue();
	}
}
