package io.cyclewise.maturity;

import io.cyclewise.maturity.internal.MaturityAssessment;
import io.cyclewise.organization.internal.BusinessUnitRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.cyclewise.support.Users.EXECUTIVE;
import static io.cyclewise.support.Users.SCIENTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Seed 002 per business unit: dated assessments kept as history, roles and bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class MaturityFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MaturityService maturity;

	@Autowired
	BusinessUnitRepository businessUnits;

	@Test
	void anAssessmentIsAddedToTheHistoryOnceAndShownInTheOverview() throws Exception {
		long unit = businessUnits.findByNameIgnoreCase("Customer Service").orElseThrow().getId();
		int before = maturity.history(unit).size();
		mvc.perform(assessment(unit, "2026-01-15", "PRODUCTIONIZING").with(SCIENTIST)).andExpect(status().is3xxRedirection());
		mvc.perform(assessment(unit, "2026-01-15", "PRODUCTIONIZING").with(SCIENTIST)).andExpect(status().is3xxRedirection());
		assertThat(maturity.history(unit)).hasSize(before + 1);
		MaturityAssessment latest = maturity.history(unit).get(0);
		assertThat(latest.rating(MaturityComponent.DATA_PIPELINE).getPhase()).isEqualTo(MaturityPhase.PRODUCTIONIZING);
		assertThat(latest.rating(MaturityComponent.AI_MODELS).getNote()).isEqualTo("Note for AI_MODELS");
		assertThat(latest.rating(MaturityComponent.ORGANIZATIONAL_STRUCTURE).getPhase()).isNull();

		mvc.perform(assessment(unit, "2026-02-01", "PLATFORMIZING").with(SCIENTIST)).andExpect(status().is3xxRedirection());
		assertThat(maturity.history(unit)).hasSize(before + 2);
		assertThat(maturity.latestByUnit().get(unit).getAssessedOn()).hasToString("2026-02-01");
		mvc.perform(get("/maturity").with(EXECUTIVE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Customer Service")))
			.andExpect(content().string(containsString("Platformizing")));
		mvc.perform(get("/maturity/" + unit).with(EXECUTIVE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-01-15")))
			.andExpect(content().string(containsString("Central reference architecture")));
	}

	@Test
	void badInputAndReadersAreRefusedAndNothingIsStored() throws Exception {
		long unit = businessUnits.findByNameIgnoreCase("Manufacturing").orElseThrow().getId();
		int before = maturity.history(unit).size();
		mvc.perform(assessment(unit, "2999-01-01", "PRODUCTIONIZING").with(SCIENTIST))
			.andExpect(status().is(422)).andExpect(content().string(containsString("The date cannot be in the future.")));
		mvc.perform(assessment(unit, "2026-01-01", "SKYNET").with(SCIENTIST))
			.andExpect(status().is(422)).andExpect(content().string(containsString("Choose one of the offered values.")));
		mvc.perform(assessment(unit, "2026-01-01", "PRODUCTIONIZING").param("note", "n".repeat(10_000)).with(SCIENTIST))
			.andExpect(status().is(422)).andExpect(content().string(containsString("at most 2,000 characters")));
		MockHttpServletRequestBuilder twice = post("/maturity/" + unit).with(csrf()).param("assessedOn", "2026-01-01");
		for (int i = 0; i < 6; i++) {
			twice.param("ratings[" + i + "].component", i == 5 ? "DATA_PIPELINE" : MaturityComponent.values()[i].name());
		}
		mvc.perform(twice.with(SCIENTIST))
			.andExpect(status().is(422)).andExpect(content().string(containsString("each of the six components once")));
		mvc.perform(assessment(unit, "2026-01-01", "PRODUCTIONIZING").with(EXECUTIVE)).andExpect(status().isForbidden());
		mvc.perform(assessment(987654, "2026-01-01", "PRODUCTIONIZING").with(SCIENTIST)).andExpect(status().isNotFound());
		assertThat(maturity.history(unit)).hasSize(before);
	}

	/** Phase for the first five components, none for organizational structure, a note on each. */
	private static MockHttpServletRequestBuilder assessment(long unit, String date, String phase) {
		MockHttpServletRequestBuilder request = post("/maturity/" + unit).with(csrf()).param("assessedOn", date);
		MaturityComponent[] components = MaturityComponent.values();
		for (int i = 0; i < components.length; i++) {
			request.param("ratings[" + i + "].component", components[i].name())
				.param("ratings[" + i + "].phase", i < 5 ? phase : "")
				.param("ratings[" + i + "].note", "Note for " + components[i].name());
		}
		return request;
	}
}
