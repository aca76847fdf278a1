package io.cyclewise.signal.measure;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cyclewise.gate.internal.GateNavigation;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.support.TestInitiatives;
import io.cyclewise.shared.FormFields;
import io.cyclewise.shared.Terms;
import io.cyclewise.signal.MeasurementService;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The observation page in a web slice: the form's rules (Bean Validation and {@link ObservationValidator}, run by the
 * binder) put every error into the page's model, and nothing is recorded. The service is a mock; the rules are real.
 */
@WebMvcTest(controllers = MeasurementController.class)
@Import({ ObservationValidator.class, DataCheckValidator.class, Terms.class, FormFields.class,
		ObservationFormWebTest.FixedClock.class })
class ObservationFormWebTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
		}
	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MeasurementService measurements;

	@MockitoBean
	InitiativeService initiatives;

	@MockitoBean
	ObservationRepository observations;

	@MockitoBean
	DataCheckRepository dataChecks;

	@MockitoBean
	UserDirectory users;

	@MockitoBean(name = "gateNavigation")
	GateNavigation gateNavigation;

	@BeforeEach
	void anInitiativeServingOneUserContext() {
		InitiativeSummary template = TestInitiatives.ledBy("lead");
		InitiativeSummary initiative = new InitiativeSummary(7L, "Demand forecast", template.purpose(),
				template.businessUnit(), List.of("Warehouse North"), template.lead(), template.alignmentPhase(),
				template.lifecycleStage(), template.mechanism(), template.cycles(), template.updatedAt(),
				template.updatedBy(), template.version());
		when(measurements.measurable(eq(7L), any())).thenReturn(initiative);
		when(measurements.userContextChoices(initiative)).thenReturn(List.of("Warehouse North", "All user contexts"));
		when(initiatives.userContexts(List.of(7L))).thenReturn(Map.of(7L, List.of("Warehouse North")));
		when(observations.existsBySubmissionId(any())).thenReturn(false);
		when(observations.findFirstOfMetric(anyLong(), any())).thenReturn(Optional.empty());
	}

	@Test
	void everyBrokenRuleIsShownNextToItsFieldAndNothingIsRecorded() throws Exception {
		mvc.perform(observation().param("metric", "").param("value", "0.8").param("userContext", "Warehouse Mars")
				.param("observedOn", TODAY.plusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(view().name("signal/observation-form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "metric", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "userContext", "signal.observation.userContext.unknown"))
			.andExpect(model().attributeHasFieldErrorCode("form", "observedOn", "signal.date.future"));
		verify(measurements, never()).recordObservation(anyLong(), any(), any());
	}

	@Test
	void aMissingSubmissionIdIsRefusedForTheWholeForm() throws Exception {
		mvc.perform(post("/initiatives/7/observations").with(user("scientist").roles("DATA_SCIENTIST")).with(csrf())
				.param("metric", "Recall").param("value", "0.8").param("userContext", "Warehouse North")
				.param("source", "OPERATIONAL").param("observedOn", TODAY.toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"));
		verify(measurements, never()).recordObservation(anyLong(), any(), any());
	}

	@Test
	void aValidObservationIsRecordedAsItsCommand() throws Exception {
		mvc.perform(observation().param("metric", " Recall ").param("value", "0.8").param("userContext", "Warehouse North")
				.param("observedOn", TODAY.toString()))
			.andExpect(status().is3xxRedirection());
		verify(measurements).recordObservation(eq(7L), any(), any());
	}

	private static MockHttpServletRequestBuilder observation() {
		return post("/initiatives/7/observations").with(user("scientist").roles("DATA_SCIENTIST")).with(csrf())
			.param("source", "OPERATIONAL").param("submissionId", UUID.randomUUID().toString());
	}
}
