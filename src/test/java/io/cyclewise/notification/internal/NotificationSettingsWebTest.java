package io.cyclewise.notification.internal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import io.cyclewise.notification.DeliveryPreference;
import io.cyclewise.notification.NotificationKind;
import io.cyclewise.shared.FormFields;
import io.cyclewise.shared.Terms;
import io.cyclewise.user.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification settings page in a web slice: Bean Validation puts every problem into the page in the reader's
 * language, and nothing is saved. The services are mocks.
 */
@WebMvcTest(NotificationSettingsController.class)
@Import({ FormFields.class, Terms.class })
class NotificationSettingsWebTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	UserDirectory users;

	@MockitoBean
	NotificationPreferences preferences;

	@MockitoBean
	NotificationDelivery delivery;

	@MockitoBean
	TransactionTemplate transaction;

	@BeforeEach
	void aPersonWithoutAnAddress() {
		Map<NotificationKind, DeliveryPreference> defaults = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			defaults.put(kind, kind.defaultDelivery());
		}
		when(users.emailOf(anyString())).thenReturn(Optional.empty());
		when(preferences.of(anyString())).thenReturn(defaults);
		when(delivery.mailEnabled()).thenReturn(true);
		when(delivery.lastFailure(anyString())).thenReturn(Optional.empty());
	}

	@Test
	void aMalformedAddressAndAMissingChoiceComeBackAsFieldErrorsAndNothingIsSaved() throws Exception {
		mvc.perform(post("/settings/notifications").param("email", "not an address")
				.param("preferences[0].kind", "NEW_FLAG").param("preferences[0].delivery", "")
				.with(user("lead").roles("PROJECT_LEAD")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("notification/settings"))
			.andExpect(model().attributeHasFieldErrors("settings", "email", "preferences[0].delivery"))
			.andExpect(content().string(allOf(containsString("Enter an e-mail address like name@example.com."),
					containsString("Choose how to receive this kind."))));
		verify(transaction, never()).executeWithoutResult(any());
		verify(preferences, never()).save(anyString(), any());
		verify(users, never()).changeEmail(anyString(), any());
	}

	@Test
	void thePageSpeaksTheReadersLanguage() throws Exception {
		mvc.perform(get("/settings/notifications").header("Accept-Language", "de")
				.with(user("lead").roles("PROJECT_LEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Benachrichtigungseinstellungen"),
					containsString("Sofort per E-Mail"), containsString("Ein kritischer Risikohinweis"),
					not(containsString("How you receive each kind of notification")))));
		mvc.perform(post("/settings/notifications").header("Accept-Language", "de")
				.param("preferences[0].kind", "NEW_FLAG").param("preferences[0].delivery", "")
				.with(user("lead").roles("PROJECT_LEAD")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wählen Sie, wie Sie diese Art erhalten möchten.")));
	}
}
