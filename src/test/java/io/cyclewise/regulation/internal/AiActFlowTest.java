package io.cyclewise.regulation.internal;


import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.Registry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.cyclewise.support.Users.AS_LEAD;
import static io.cyclewise.support.Users.EXECUTIVE;
import static io.cyclewise.support.Users.LEAD;
import static io.cyclewise.support.Users.OTHER_LEAD;
import static io.cyclewise.support.Users.SCIENTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Full stack on real PostgreSQL: classify high-risk → the obligations checklist appears and is answered with
 * evidence; re-classify minimal → history kept, the checklist no longer applies; contradictions refused, nothing
 * stored; permissions; the disclaimer on every page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AiActFlowTest {

	static final String DISCLAIMER = "This classification supports, and does not replace, legal advice.";

	@Autowired
	MockMvc mvc;

	@Autowired
	InitiativeService initiatives;

	@Autowired
	Registry registry;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void highRiskGetsTheObligationsChecklistAndMinimalRemovesItWithHistoryKept() throws Exception {
		long id = register("AI Act credit scoring test");
		assertThat(page(EXECUTIVE, "/initiatives/" + id + "/checklists")).doesNotContain("checklist-AI_ACT_OBLIGATIONS");

		mvc.perform(classify(id, LEAD).param("role", "DEPLOYER").param("annexISafetyComponent", "false")
				.param("highRiskAreas", "ESSENTIAL_SERVICES").param("profilesNaturalPersons", "true")
				.param("statedTier", "HIGH_RISK").param("reasoning", "Creditworthiness of natural persons: Annex III 5(b)."))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/initiatives/" + id + "/ai-act"));
		BackgroundWork.awaitDone(jdbc);

		String classification = page(EXECUTIVE, "/initiatives/" + id + "/ai-act");
		assertThat(classification).contains(DISCLAIMER).contains("High-risk").contains("Deployer")
			.contains("Creditworthiness of natural persons");
		String board = page(SCIENTIST, "/initiatives/" + id + "/checklists");
		assertThat(board).contains("checklist-AI_ACT_OBLIGATIONS").contains("Obligations of deployers (Art. 26)")
			.contains("(Art. 27)").doesNotContain("A quality management system is in place");
		long itemId = jdbc.queryForObject("SELECT ti.id FROM checklist_template_item ti JOIN checklist_template t"
				+ " ON t.id = ti.template_id WHERE t.current AND t.kind = 'AI_ACT_OBLIGATIONS'"
				+ " AND ti.item_key = 'DEPLOYER_HUMAN_OVERSIGHT'", Long.class);
		assertThat(jdbc.queryForObject("SELECT text FROM checklist_template_item WHERE id = ?", String.class, itemId))
			.contains("(Art. 26(2))");
		mvc.perform(post("/initiatives/" + id + "/checklists/items/" + itemId).with(SCIENTIST).with(csrf())
				.param("status", "MET").param("note", "Credit officers review every limit.")
				.param("links", "https://wiki.example.com/credit-oversight").param("seenVersion", "-1"))
			.andExpect(status().is3xxRedirection());
		BackgroundWork.awaitDone(jdbc);
		assertThat(jdbc.queryForObject("SELECT links FROM checklist_answer WHERE initiative_id = ? AND kind = ?",
				String.class, id, ChecklistKind.AI_ACT_OBLIGATIONS.name())).contains("credit-oversight");
		long open = jdbc.queryForObject("SELECT count(*) FROM checklist_applicable_item WHERE initiative_id = ?"
				+ " AND kind = 'AI_ACT_OBLIGATIONS' AND (status IS NULL OR status <> 'MET')", Long.class, id);
		assertThat(open).isPositive();
		String register = page(EXECUTIVE, "/ai-act?tier=HIGH_RISK");
		assertThat(register).contains(DISCLAIMER).contains("AI Act credit scoring test").contains(">" + open + "<");
		assertThat(page(EXECUTIVE, "/dashboard")).contains("EU AI Act").contains(DISCLAIMER);
		// The register's "not classified" count leads to the initiative list of exactly those.
		long notClassified = jdbc.queryForObject("SELECT count(*) FROM initiative i WHERE NOT EXISTS"
				+ " (SELECT 1 FROM ai_act_classification c WHERE c.initiative_id = i.id)", Long.class);
		assertThat(page(EXECUTIVE, "/initiatives?only=ai-act-not-classified&size=100"))
			.contains(notClassified + " matching initiative").doesNotContain("AI Act credit scoring test");

		mvc.perform(classify(id, LEAD).param("role", "DEPLOYER").param("annexISafetyComponent", "false")
				.param("statedTier", "MINIMAL").param("reasoning", "The credit decision moved out of the system; it only sorts files."))
			.andExpect(status().is3xxRedirection());
		BackgroundWork.awaitDone(jdbc);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM ai_act_classification WHERE initiative_id = ?", Long.class, id))
			.isEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT tier FROM ai_act_current WHERE initiative_id = ?", String.class, id))
			.isEqualTo("MINIMAL");
		assertThat(page(SCIENTIST, "/initiatives/" + id + "/checklists")).doesNotContain("checklist-AI_ACT_OBLIGATIONS");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM checklist_applicable_item WHERE initiative_id = ?"
				+ " AND kind = 'AI_ACT_OBLIGATIONS'", Long.class, id)).isZero();
		assertThat(page(EXECUTIVE, "/initiatives/" + id + "/ai-act")).contains("Minimal risk")
			.contains("Creditworthiness of natural persons");
		// The answer is kept (evidence survives), shown read-only among the answers that no longer apply.
		assertThat(jdbc.queryForObject("SELECT count(*) FROM checklist_answer WHERE initiative_id = ?", Long.class, id)).isEqualTo(1);
	}

	@Test
	void aContradictionIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
		long id = register("AI Act contradiction test");
		long before = rows();
		String page = mvc.perform(classify(id, LEAD).param("role", "PROVIDER").param("annexISafetyComponent", "false")
				.param("prohibitedPractices", "SOCIAL_SCORING").param("statedTier", "MINIMAL")
				.param("reasoning", "We think this is harmless enough."))
			.andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("You ticked an Article 5 practice, so the tier is “prohibited”, not “minimal risk”.")
			.contains(DISCLAIMER);
		mvc.perform(classify(id, LEAD).param("role", "PROVIDER").param("annexISafetyComponent", "false")
				.param("highRiskAreas", "EMPLOYMENT").param("profilesNaturalPersons", "true").param("exceptionClaimed", "true")
				.param("statedTier", "MINIMAL").param("reasoning", "Only ranks CVs, so no significant risk."))
			.andExpect(status().is(422));
		mvc.perform(classify(id, LEAD).param("role", "NOBODY").param("highRiskAreas", "MARS").param("reasoning", "short"))
			.andExpect(status().is(422));
		assertThat(mvc.perform(classify(id, LEAD).param("role", "PROVIDER").param("annexISafetyComponent", "false")
				.param("statedTier", "MINIMAL").param("reasoning", "   short   " + " ".repeat(30)))
			.andExpect(status().is(422)).andReturn().getResponse().getContentAsString())
			.contains("Explain the classification in at least 20 characters.");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void leadsOfTheInitiativeAndAdministratorsClassifyEveryoneReads() throws Exception {
		long id = register("AI Act permission test");
		mvc.perform(get("/initiatives/" + id + "/ai-act/classify").with(OTHER_LEAD)).andExpect(status().isForbidden());
		mvc.perform(get("/initiatives/" + id + "/ai-act/classify").with(SCIENTIST)).andExpect(status().isForbidden());
		mvc.perform(classify(id, EXECUTIVE).param("role", "PROVIDER").param("annexISafetyComponent", "false")
				.param("statedTier", "MINIMAL").param("reasoning", "Nothing applies to this system at all."))
			.andExpect(status().isForbidden());
		assertThat(page(LEAD, "/initiatives/" + id + "/ai-act/classify")).contains(DISCLAIMER).contains("Article 5");
		assertThat(page(EXECUTIVE, "/initiatives/" + id + "/ai-act/summary")).contains("Not classified yet").contains(DISCLAIMER);
		assertThat(page(EXECUTIVE, "/initiatives/" + id + "/ai-act/derived-tier?prohibitedPractices=SOCIAL_SCORING"))
			.contains("Prohibited");
	}

	@Test
	void aProhibitedPracticeIsStoredWithAStrongWarningAndNoObligationsChecklist() throws Exception {
		long id = register("AI Act prohibited test");
		mvc.perform(classify(id, LEAD).param("role", "PROVIDER").param("annexISafetyComponent", "true")
				.param("prohibitedPractices", "EMOTION_RECOGNITION_AT_WORK_OR_EDUCATION").param("statedTier", "PROHIBITED")
				.param("reasoning", "It infers the moods of call-centre agents from their voices."))
			.andExpect(status().is3xxRedirection());
		BackgroundWork.awaitDone(jdbc);
		assertThat(page(EXECUTIVE, "/initiatives/" + id + "/ai-act")).contains("must not be placed on the market")
			.contains("Art. 5(1)(f) Emotion recognition at work or in education");
		assertThat(page(EXECUTIVE, "/initiatives/" + id + "/ai-act/summary")).contains("must not be placed on the market");
		assertThat(page(EXECUTIVE, "/ai-act")).contains("must not be placed on the market");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM checklist_applicable_item WHERE initiative_id = ?"
				+ " AND kind = 'AI_ACT_OBLIGATIONS'", Long.class, id)).isZero();
	}

	private MockHttpServletRequestBuilder classify(long id, RequestPostProcessor who) {
		return post("/initiatives/" + id + "/ai-act/classify").with(who).with(csrf());
	}

	private long rows() {
		return jdbc.queryForObject("SELECT (SELECT count(*) FROM ai_act_classification) + (SELECT count(*) FROM ai_act_current)"
				+ " + (SELECT count(*) FROM checklist_ai_act_scope)", Long.class);
	}

	private String page(RequestPostProcessor who, String path) throws Exception {
		return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long register(String name) {
		long id = registry.initiative(name + " " + System.nanoTime()).purpose("A test subject for the AI Act classification.")
			.userContexts("Region North").mechanism(ValueCreationMechanism.HIGH_DISCRETION_TASK_AUGMENTATION).by(AS_LEAD)
			.id();
		BackgroundWork.awaitDone(jdbc);
		return id;
	}
}
