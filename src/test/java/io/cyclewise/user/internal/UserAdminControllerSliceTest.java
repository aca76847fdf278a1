package io.cyclewise.user.internal;

import io.cyclewise.shared.FormFields;
import io.cyclewise.shared.Terms;
import io.cyclewise.user.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The web layer alone: the add-user form's validation puts every error in the page's model, in the page's language,
 * and nobody is registered. Who may call it is the security configuration's job (AuthorizationMatrixTest); the
 * slice has no URL rules, so any signed-in person is used here (one whose navigation needs no other module's beans).
 */
@WebMvcTest(UserAdminController.class)
@Import({ NewUserValidator.class, FormFields.class, Terms.class })
class UserAdminControllerSliceTest {

	static final RequestPostProcessor SIGNED_IN = user("executive").roles("EXECUTIVE");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AppUserRepository users;

	@MockitoBean
	UserDirectory directory;

	@Test
	void everyProblemOfANewUserIsShownAndNobodyIsRegistered() throws Exception {
		mvc.perform(post("/admin/users").with(SIGNED_IN).with(csrf())
			.param("username", "not allowed!").param("displayName", " ").param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(view().name("user/list"))
			.andExpect(model().attributeHasFieldErrorCode("newUser", "username", "Pattern"))
			.andExpect(model().attributeHasFieldErrorCode("newUser", "displayName", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("newUser", "password", "user.password.tooShort"))
			.andExpect(model().attributeHasFieldErrorCode("newUser", "roles", "NotEmpty"))
			.andExpect(content().string(containsString("There are 4 problems with what you entered")))
			.andExpect(content().string(containsString("Use letters, digits, dots, dashes and underscores only.")));
		verify(directory, never()).register(any(), any(), any(), any());
	}

	@Test
	void aTakenUsernameIsAFieldErrorInTheBrowsersLanguage() throws Exception {
		when(directory.usernameTaken("rita")).thenReturn(true);
		mvc.perform(post("/admin/users").with(SIGNED_IN).with(csrf()).header("Accept-Language", "de")
			.param("username", "rita").param("displayName", "Rita").param("password", "correct horse battery staple")
			.param("roles", "EXECUTIVE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("newUser", "username", "user.username.taken"))
			.andExpect(content().string(containsString("Dieser Benutzername ist schon vergeben.")))
			.andExpect(content().string(containsString("Ihre Eingabe enthält 1 Problem")));
		verify(directory, never()).register(any(), any(), any(), any());
	}
}
