package io.cyclewise.checklist.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.cyclewise.checklist.AnswerInput;
import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistFacts;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.ChecklistService;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.shared.Terms;
import io.cyclewise.user.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The checklist page's inline answer in a web slice: Bean Validation and {@link ChecklistAnswerValidator} put every
 * error into the item's row (422) and nothing is stored; a valid answer is stored once. Services are mocks here;
 * {@code ChecklistFlowTest} runs the same on real PostgreSQL.
 */
@WebMvcTest(controllers = ChecklistController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "io\\.cyclewise\\.(database|security)\\..*|io\\.cyclewise\\.shared\\.(RequestSizeLimit|ErrorPathFilter)"))
@Import({ Terms.class, ChecklistControllerWebTest.FixedClock.class })
class ChecklistControllerWebTest {

	private static final long INITIATIVE = 1;

	private static final long CONDITION = 7;

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
		}
	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ChecklistBoardService boards;

	@MockitoBean
	ChecklistWork work;

	@MockitoBean
	ChecklistFacts facts;

	@MockitoBean
	ChecklistQueries queries;

	@MockitoBean
	ChecklistAnswerCsv csv;

	@MockitoBean
	InitiativeService initiatives;

	@BeforeEach
	void anUnansweredNecessaryCondition() {
		when(work.kindOf(CONDITION)).thenReturn(ChecklistKind.MECHANISM_CONDITIONS);
		when(boards.row(eq(INITIATIVE), eq(CONDITION), any())).thenAnswer(call -> new ItemRow(INITIATIVE,
				ChecklistKind.MECHANISM_CONDITIONS, new ChecklistTemplateItem(3L, "STABLE_ENVIRONMENT", "AUTONOMOUS_AGENT",
						7, "The data-generating process is stationary enough.", null), null, false, true, null));
	}

	@Test
	void aNecessaryConditionIsNeverNotApplicableAndNothingIsStored() throws Exception {
		mvc.perform(answer().param("status", "NOT_APPLICABLE").param("notApplicableReason", "No data"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("A necessary condition is never “not applicable”")));
		verify(work, never()).answer(anyLong(), anyLong(), any(), anyLong(), any());
	}

	@Test
	void everyWrongFieldIsShownInTheRowAtOnce() throws Exception {
		mvc.perform(answer().param("note", "x".repeat(2001)).param("links", "javascript:alert(1)"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Choose met, partly met, not met.")))
			.andExpect(content().string(containsString("The evidence note has at most 2,000 characters.")))
			.andExpect(content().string(containsString("“javascript:alert(1)” is not one.")));
		verify(work, never()).answer(anyLong(), anyLong(), any(), anyLong(), any());
	}

	@Test
	void aForgedStatusOrVersionIsAMessageNotAnError() throws Exception {
		mvc.perform(answer("latest").param("status", "PERHAPS"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Choose one of the offered values")))
			.andExpect(content().string(containsString("The form is incomplete; reload the page and try again.")));
		verify(work, never()).answer(anyLong(), anyLong(), any(), anyLong(), any());
	}

	@Test
	void aValidAnswerIsStoredOnceAndAnnounced() throws Exception {
		AnswerInput met = new AnswerInput(AnswerStatus.MET, null, "Demand is stable.", java.util.List.of());
		when(work.answer(eq(INITIATIVE), eq(CONDITION), eq(met), eq(-1L), any(CurrentUser.class)))
			.thenReturn(ChecklistService.Outcome.SAVED);
		mvc.perform(answer().param("status", "MET").param("note", "Demand is stable."))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Trigger", ChecklistController.CHANGED_TRIGGER))
			.andExpect(content().string(containsString("Saved.")));
		verify(work).answer(eq(INITIATIVE), eq(CONDITION), eq(met), eq(-1L), any(CurrentUser.class));
	}

	private static MockHttpServletRequestBuilder answer() {
		return answer("-1");
	}

	private static MockHttpServletRequestBuilder answer(String seenVersion) {
		return post("/initiatives/{id}/checklists/items/{item}", INITIATIVE, CONDITION)
			.with(user("scientist").roles("DATA_SCIENTIST")).with(csrf())
			.header("HX-Request", "true").param("seenVersion", seenVersion);
	}
}
