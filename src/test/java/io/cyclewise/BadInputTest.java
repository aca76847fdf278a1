package io.cyclewise;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.cyclewise.support.Users.ADMIN;
import static io.cyclewise.support.Users.SCIENTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The four causes of a 500 found in the security review: dates PostgreSQL cannot store, list entries that cannot
 * exist, a damaged checklist template form, and {@code /error} asked for directly. Each is a clear 4xx now, and
 * nothing is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputTest {

	static final List<String> BAD_DATES = List.of("+999999999-12-31", "0000-01-01", "-5000-01-01", "1900-01-01");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anExpectationDueDateOutsideAHundredYearsIsAFieldError() throws Exception {
		long initiative = jdbc.queryForObject("SELECT min(id) FROM initiative", Long.class);
		long before = count("expectation");
		for (String date : BAD_DATES) {
			String expected = date.equals("1900-01-01") ? "Enter a due date within 100 years of today." : "within 100 years";
			mvc.perform(post("/initiatives/" + initiative + "/expectations").with(ADMIN).with(csrf())
					.param("stakeholder", "Finance").param("metric", "accuracy").param("targetValue", "0.9")
					.param("dueDate", date))
				.andExpect(status().is2xxSuccessful())
				.andExpect(content().string(containsString(expected)))
				.andExpect(content().string(containsString("Finance")));
		}
		assertThat(count("expectation")).isEqualTo(before);
	}

	@Test
	void anAssessmentDateOutsideTheLastHundredYearsIsAFieldError() throws Exception {
		long unit = jdbc.queryForObject("SELECT min(id) FROM business_unit", Long.class);
		long before = count("maturity_assessment");
		for (String date : BAD_DATES) {
			MockHttpServletRequestBuilder request = post("/maturity/" + unit).with(SCIENTIST).with(csrf())
				.param("assessedOn", date).param("note", "typed note");
			for (int i = 0; i < 6; i++) {
				request.param("ratings[" + i + "].component", io.cyclewise.maturity.MaturityComponent.values()[i].name());
			}
			mvc.perform(request)
				.andExpect(status().is(422))
				.andExpect(content().string(containsString(date.startsWith("+") ? "The date cannot be in the future."
						: "Enter a date within the last 100 years.")))
				.andExpect(content().string(containsString("typed note")));
		}
		assertThat(count("maturity_assessment")).isEqualTo(before);
	}

	@Test
	void anInitiativeSinceDateLongAgoIsAFieldError() throws Exception {
		mvc.perform(get("/initiatives/new").with(ADMIN)).andExpect(status().isOk());
		long before = count("initiative");
		mvc.perform(post("/initiatives").with(ADMIN).with(csrf()).param("name", "Old dates")
				.param("organizationSince", "-5000-01-01").param("technologySince", "0000-01-01"))
			.andExpect(content().string(containsString("Enter a date within the last 100 years.")))
			.andExpect(content().string(containsString("Old dates")));
		assertThat(count("initiative")).isEqualTo(before);
	}

	@Test
	void aListEntryThatCannotExistIsA400NamingIt() throws Exception {
		long unit = jdbc.queryForObject("SELECT min(id) FROM business_unit", Long.class);
		mvc.perform(get("/initiatives").with(ADMIN).param("only[999]", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(status().reason("This form had a list entry that does not exist (only[999]). Reload the page and try again."));
		mvc.perform(get("/initiatives").with(ADMIN).param("only[-1]", "x")).andExpect(status().isBadRequest());
		mvc.perform(get("/initiatives").with(ADMIN).param("only[x]", "x")).andExpect(status().isBadRequest());
		mvc.perform(post("/maturity/" + unit).with(SCIENTIST).with(csrf()).param("ratings[300].note", "n"))
			.andExpect(status().isBadRequest()).andExpect(status().reason(containsString("ratings[300]")));
		mvc.perform(post("/admin/checklist-templates/CRAFT_TACTICS").with(ADMIN).with(csrf())
				.param("items[500].text", "t")).andExpect(status().isBadRequest());
		mvc.perform(get("/dashboard").with(ADMIN).param("businessUnitIds[999]", "1"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/initiatives").with(ADMIN).header("Accept", "application/json").param("only[999999999999999999999]", "x"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aTemplateFormWithGapsOrRepeatedItemsIsShownAgainWithWhatWasTyped() throws Exception {
		List<Map<String, Object>> items = jdbc.queryForList("SELECT ti.item_key, ti.text FROM checklist_template_item ti"
				+ " JOIN checklist_template t ON t.id = ti.template_id WHERE t.kind = 'CRAFT_TACTICS' AND t.current"
				+ " ORDER BY ti.position");
		int version = jdbc.queryForObject("SELECT version FROM checklist_template WHERE kind = 'CRAFT_TACTICS' AND current",
				Integer.class);
		long templatesBefore = count("checklist_template");
		String firstKey = (String) items.get(0).get("item_key");
		String lastKey = (String) items.get(items.size() - 1).get("item_key");
		// A gap: entries 0 and 5 only, the second one reworded and its text left blank elsewhere.
		mvc.perform(post("/admin/checklist-templates/CRAFT_TACTICS").with(ADMIN).with(csrf())
				.param("baseVersion", String.valueOf(version))
				.param("items[0].itemKey", lastKey).param("items[0].text", "Reworded last check")
				.param("items[5].itemKey", firstKey).param("items[5].text", ""))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("do not match the current version")))
			.andExpect(content().string(containsString("Reworded last check")))
			.andExpect(content().string(containsString((String) items.get(1).get("text"))));
		// Every item sent, but one key twice and another missing: refused before publishing, not a 500.
		MockHttpServletRequestBuilder repeated = post("/admin/checklist-templates/CRAFT_TACTICS").with(ADMIN).with(csrf())
			.param("baseVersion", String.valueOf(version));
		for (int i = 0; i < items.size(); i++) {
			repeated.param("items[" + i + "].itemKey", i == 1 ? firstKey : (String) items.get(i).get("item_key"))
				.param("items[" + i + "].text", "Typed " + i);
		}
		mvc.perform(repeated).andExpect(status().is(422))
			.andExpect(content().string(containsString("do not match the current version")))
			.andExpect(content().string(containsString("Typed 0")));
		// Out of order but complete: accepted as a permutation (publishes a new version).
		assertThat(count("checklist_template")).isEqualTo(templatesBefore);
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
		mvc.perform(get("/error")).andExpect(status().isNotFound());
		mvc.perform(get("/error").with(ADMIN).header("Accept", "application/json")).andExpect(status().isNotFound());
		mvc.perform(post("/error").with(ADMIN).with(csrf())).andExpect(status().isNotFound());
	}

	private long count(String table) {
		return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
	}
}
