package io.cyclewise.risk.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import io.cyclewise.gate.internal.GateNavigation;
import io.cyclewise.risk.RiskThresholdService;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Threshold;
import io.cyclewise.risk.rule.RiskRules;
import io.cyclewise.shared.Terms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The thresholds form in a web slice: every value is checked, in the reader's language, before the service sees any. */
@WebMvcTest(RiskRulesController.class)
@Import({ ThresholdValuesValidator.class, Terms.class })
class RiskThresholdsPageSliceTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	RiskThresholdService thresholds;

	@MockitoBean
	RiskRules rules;

	/** The layout's menu counts pending gate decisions. */
	@MockitoBean(name = "gateNavigation")
	GateNavigation gateNavigation;

	@BeforeEach
	void defaults() {
		when(thresholds.current()).thenReturn(RiskThresholds.defaults());
	}

	private static MockHttpServletRequestBuilder saveAllDefaultsExcept(Threshold changed, String value) {
		MockHttpServletRequestBuilder request = post("/admin/risk-thresholds").with(user("admin").roles("ADMIN")).with(csrf());
		for (Threshold threshold : Threshold.values()) {
			request.param(threshold.name(), threshold == changed ? value : threshold.defaultValue().toPlainString());
		}
		return request;
	}

	@Test
	void aValueOutOfRangeIsShownWithItsRangeAndNothingReachesTheService() throws Exception {
		mvc.perform(saveAllDefaultsExcept(Threshold.PACE_MISMATCH_FACTOR, "1.2"))
			.andExpect(status().isOk())
			.andExpect(view().name("risk/thresholds"))
			.andExpect(model().attribute("problems", Map.of("PACE_MISMATCH_FACTOR", "Pace mismatch factor must be between 1.5 and 100 ×.")))
			.andExpect(content().string(containsString("Nothing was saved: correct the values marked below.")))
			.andExpect(content().string(containsString("value=\"1.2\"")));
		verify(thresholds, never()).update(any(), anyString());
	}

	@Test
	void aWordInsteadOfANumberIsRefusedInTheReadersLanguage() throws Exception {
		mvc.perform(saveAllDefaultsExcept(Threshold.DATA_CHECK_MAX_AGE_DAYS, "ninety").locale(Locale.GERMAN))
			.andExpect(status().isOk())
			.andExpect(model().attribute("problems", Map.of("DATA_CHECK_MAX_AGE_DAYS", "Geben Sie eine Zahl ein, z. B. 90.")));
		verify(thresholds, never()).update(any(), anyString());
	}

	@Test
	void validValuesAreSavedAndThePageSaysSo() throws Exception {
		mvc.perform(saveAllDefaultsExcept(Threshold.PACE_MISMATCH_FACTOR, " 6 "))
			.andExpect(redirectedUrl("/admin/risk-thresholds"))
			.andExpect(flash().attribute("message",
					containsString("Thresholds saved.")));
		verify(thresholds).update(argThat(
				values -> values.get(Threshold.PACE_MISMATCH_FACTOR).compareTo(new BigDecimal("6")) == 0
						&& values.size() == Threshold.values().length), eq("admin"));
	}
}
