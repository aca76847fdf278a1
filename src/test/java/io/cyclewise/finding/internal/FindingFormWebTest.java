package io.cyclewise.finding.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.shared.FormFields;
import io.cyclewise.shared.Terms;
import io.cyclewise.support.TestInitiatives;
import io.cyclewise.user.account.AppUser;
import io.cyclewise.user.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The finding form in a web slice: Bean Validation and the form's validator (registered with {@code @InitBinder})
 * put every problem into the page, in the reader's language, and the service stores nothing. The services are
 * mocks; the validator is the real one, with the portal's clock pinned.
 */
@WebMvcTest(FindingController.class)
@Import({ FindingFormValidator.class, FormFields.class, Terms.class, FindingFormWebTest.PinnedClock.class })
class FindingFormWebTest {

	private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

	@TestConfiguration
	static class PinnedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}
	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FindingService findings;

	@MockitoBean
	UserDirectory users;

	@BeforeEach
	void anInitiativeTheScientistMayRecordFor() {
		InitiativeSummary led = TestInitiatives.ledBy("lead");
		InitiativeSummary initiative = new InitiativeSummary(7L, "Credit limit advisor", led.purpose(),
				led.businessUnit(), led.userContexts(), led.lead(), led.alignmentPhase(), led.lifecycleStage(),
				led.mechanism(), led.cycles(), led.updatedAt(), led.updatedBy(), led.version());
		when(findings.requireRecorder(anyLong(), any())).thenReturn(initiative);
		when(findings.owners()).thenReturn(List.of());
		when(findings.eventOptions(7L)).thenReturn(List.of());
		when(findings.flagOptions(7L)).thenReturn(List.of());
	}

	@Test
	void anEmptyFormComesBackWithEveryMissingFieldAndNothingIsRecorded() throws Exception {
		mvc.perform(post("/initiatives/7/findings").with(user("scientist").roles("DATA_SCIENTIST")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("finding/form"))
			.andExpect(model().attributeHasFieldErrors("form", "title", "description", "severity", "observedOn", "ownerId"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Give the finding a short title.")));
		verify(findings, never()).record(anyLong(), any(), any());
	}

	@Test
	void theValidatorRefusesAFutureDateAnUnknownOwnerAndForeignLinksInTheReadersLanguage() throws Exception {
		when(users.findById(99L)).thenReturn(Optional.<AppUser>empty());
		mvc.perform(post("/initiatives/7/findings").with(user("scientist").roles("DATA_SCIENTIST")).with(csrf())
			.locale(Locale.GERMAN)
			.param("title", "Drift in the score distribution")
			.param("description", "The share of high scores doubled within a week.")
			.param("severity", "WARNING")
			.param("observedOn", "2026-05-05")
			.param("ownerId", "99")
			.param("flagIds", "12"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "observedOn", "finding.observedOn.future"))
			.andExpect(model().attributeHasFieldErrorCode("form", "ownerId", "finding.owner.unknown"))
			.andExpect(model().attributeHasFieldErrorCode("form", "flagIds", "finding.flagIds.otherInitiative"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Ein Befund wird beobachtet, sein Datum kann also nicht in der Zukunft liegen.")));
		verify(findings, never()).record(anyLong(), any(), any());
	}
}
