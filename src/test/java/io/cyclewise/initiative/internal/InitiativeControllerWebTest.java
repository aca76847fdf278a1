package io.cyclewise.initiative.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.cyclewise.gate.internal.GateNavigation;
import io.cyclewise.initiative.InitiativeSelection;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.shared.FormFields;
import io.cyclewise.shared.Terms;
import io.cyclewise.user.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The registration page alone (no database): invalid input comes back on the form with every error in the page
 * model, and nothing is registered.
 */
@WebMvcTest(InitiativeController.class)
@Import({ InitiativeFormValidator.class, Terms.class, FormFields.class, InitiativeControllerWebTest.FixedClock.class })
class InitiativeControllerWebTest {

	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
		}
	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InitiativeService service;

	@MockitoBean
	InitiativeRepository initiatives;

	@MockitoBean
	BusinessUnits businessUnits;

	@MockitoBean
	UserDirectory users;

	@MockitoBean
	InitiativeSelection selections;

	@MockitoBean
	InitiativeCsv csv;

	@MockitoBean(name = "gateNavigation")
	GateNavigation gateNavigation;

	@Test
	void anInvalidRegistrationComesBackWithItsErrorsAndRegistersNothing() throws Exception {
		mvc.perform(post("/initiatives").with(user("lead").roles("PROJECT_LEAD")).with(csrf())
			.param("name", " ")
			.param("purpose", "")
			.param("organizationPaceDays", "0")
			.param("technologySince", "2999-01-01"))
			.andExpect(status().isOk())
			.andExpect(view().name("initiative/form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "purpose", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "businessUnitId", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("form", "organizationPaceDays", "Min"))
			.andExpect(model().attributeHasFieldErrorCode("form", "technologySince", "PastOrPresent"));
		verify(service, never()).register(any(), any());
	}
}
