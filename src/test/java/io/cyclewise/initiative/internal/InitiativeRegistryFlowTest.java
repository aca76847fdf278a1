package io.cyclewise.initiative.internal;

import io.cyclewise.initiative.ExpectationResource;
import io.cyclewise.initiative.Cycle;
import io.cyclewise.initiative.InitiativeHistoryEntry;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.Aspect;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.ValueCreationMechanism;


import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cyclewise.organization.internal.BusinessUnitRepository;
import io.cyclewise.user.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.cyclewise.support.Users.ADMIN;
import static io.cyclewise.support.Users.EXECUTIVE;
import static io.cyclewise.support.Users.LEAD;
import static io.cyclewise.support.Users.OTHER_LEAD;
import static io.cyclewise.support.Users.SCIENTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Full stack on real PostgreSQL with the demo portfolio: registry pages, history, locking, roles, bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class InitiativeRegistryFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	InitiativeRepository initiatives;

	@Autowired
	InitiativeService service;

	@Autowired
	BusinessUnitRepository businessUnits;

	@Autowired
	UserDirectory users;

	@Test
	void demoPortfolioCoversEveryPhaseMechanismAndThreeUnits() {
		List<Initiative> all = initiatives.findAll();
		assertThat(all).hasSizeGreaterThanOrEqualTo(12);
		assertThat(all).extracting(Initiative::getAlignmentPhase).contains(AlignmentPhase.values());
		assertThat(all).extracting(Initiative::getMechanism).contains(ValueCreationMechanism.values());
		assertThat(businessUnits.count()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aLeadRegistersAnInitiativeAndChangesItsPhaseWhichTheHistoryShows() throws Exception {
		// A new initiative records where it already stands, so it may start in any phase.
		Map<String, String> form = validForm("Invoice anomaly insight");
		form.put("alignmentPhase", "EFFECTUATING");
		MvcResult created = mvc.perform(post("/initiatives").with(LEAD).with(csrf()).params(params(form)))
			.andExpect(status().is3xxRedirection()).andReturn();
		long id = idFrom(created);
		InitiativeSummary initiative = service.get(id);
		assertThat(initiative.lead().username()).isEqualTo("lead");
		assertThat(initiative.userContexts()).containsExactly("Region North", "Region South");
		assertThat(initiative.alignmentPhase()).isEqualTo(AlignmentPhase.EFFECTUATING);

		// Forward needs a gate decision: refused next to the field, nothing stored.
		form.put("alignmentPhase", "SUSTAINING");
		form.put("lifecycleStage", "DATA_MANAGEMENT");
		form.put("version", String.valueOf(initiative.version()));
		mvc.perform(post("/initiatives/" + id).with(LEAD).with(csrf()).params(params(form)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Moving forward needs a gate decision: request it on the initiative page.")));
		assertThat(service.get(id).version()).isEqualTo(initiative.version());
		assertThat(service.history(id)).hasSize(1);

		// Going back is always allowed directly, and recorded.
		form.put("alignmentPhase", "REINITIATING");
		form.put("lifecycleStage", "REQUIREMENTS_ANALYSIS");
		form.put("technologyState", "DEPLOYED");
		form.put("changeReason", "Released to the pilot users.");
		mvc.perform(post("/initiatives/" + id).with(LEAD).with(csrf()).params(params(form)))
			.andExpect(status().is3xxRedirection());

		InitiativeSummary changed = service.get(id);
		assertThat(changed.alignmentPhase()).isEqualTo(AlignmentPhase.REINITIATING);
		assertThat(changed.cycle(Cycle.TECHNOLOGY).since()).isEqualTo(LocalDate.now(clock));
		assertThat(service.history(id)).extracting(InitiativeHistoryEntry::aspect)
			.containsExactlyInAnyOrder(Aspect.REGISTERED, Aspect.ALIGNMENT_PHASE, Aspect.TECHNOLOGY_CYCLE_STATE);
		assertThat(service.history(id)).filteredOn(c -> c.aspect() == Aspect.ALIGNMENT_PHASE).singleElement()
			.satisfies(c -> {
				assertThat(c.fromValue()).isEqualTo("EFFECTUATING");
				assertThat(c.toValue()).isEqualTo("REINITIATING");
				assertThat(c.changedBy()).isEqualTo("lead");
				assertThat(c.reason()).isEqualTo("Released to the pilot users.");
			});

		mvc.perform(get("/initiatives/" + id).with(EXECUTIVE))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("(Re)Initiating Alignment")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Released to the pilot users.")));
	}

	@Test
	void aStaleEditIsRefusedNamingWhoChangedItAndKeepsTheInput() throws Exception {
		long id = register("Stale edit subject");
		InitiativeSummary initiative = service.get(id);
		Map<String, String> mine = formOf(initiative);
		Map<String, String> theirs = formOf(initiative);
		theirs.put("userContexts", "Region East");
		mvc.perform(post("/initiatives/" + id).with(ADMIN).with(csrf()).params(params(theirs)))
			.andExpect(status().is3xxRedirection());

		mine.put("purpose", "My carefully typed purpose");
		mvc.perform(post("/initiatives/" + id).with(LEAD).with(csrf()).params(params(mine)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("changed by admin meanwhile")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("My carefully typed purpose")));
		assertThat(service.get(id).userContexts()).containsExactly("Region East");
		assertThat(service.get(id).purpose()).isNotEqualTo("My carefully typed purpose");
	}

	@Test
	void badInputGetsAMessageNextToTheFieldAndStoresNothing() throws Exception {
		long id = register("Bad input subject");
		InitiativeSummary before = service.get(id);
		Map<String, String> form = formOf(before);
		form.put("name", "");
		form.put("purpose", "x".repeat(10_000));
		form.put("alignmentPhase", "HACKED_PHASE");
		form.put("businessUnitId", "999999");
		form.put("technologyPaceDays", "-3");
		form.put("userSince", "not-a-date");
		form.put("organizationSince", LocalDate.now(clock).plusDays(30).toString());
		String page = mvc.perform(post("/initiatives/" + id).with(LEAD).with(csrf()).params(params(form)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Enter a name.", "The purpose has at most 2,000 characters.",
				"Choose one of the offered values.", "Choose a business unit from the list.",
				"The pace is at least 1 day.", "Enter a date as YYYY-MM-DD.", "The date cannot be in the future.");
		assertThat(page).doesNotContain("Exception");
		InitiativeSummary after = service.get(id);
		assertThat(after.version()).isEqualTo(before.version());
		assertThat(after.name()).isEqualTo("Bad input subject");
		assertThat(service.history(id)).hasSize(1);
	}

	@Test
	void duplicateNamesAndForeignLeadsAreRefused() throws Exception {
		register("Unique name subject");
		Map<String, String> form = validForm("unique NAME subject");
		form.put("leadId", String.valueOf(users.findByUsername("executive").orElseThrow().getId()));
		mvc.perform(post("/initiatives").with(LEAD).with(csrf()).params(params(form)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Another initiative already has this name.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Choose a project lead from the list.")));
	}

	@Test
	void rolesAreEnforcedOnTheServer() throws Exception {
		long id = register("Role subject");
		Map<String, String> form = formOf(service.get(id));
		form.put("name", "Taken over");
		mvc.perform(post("/initiatives/" + id).with(OTHER_LEAD).with(csrf()).params(params(form)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/initiatives/" + id).with(SCIENTIST).with(csrf()).params(params(form)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/initiatives").with(EXECUTIVE).with(csrf()).params(params(validForm("Exec initiative"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/initiatives/new").with(SCIENTIST)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(LEAD)).andExpect(status().isForbidden());
		mvc.perform(get("/initiatives/" + id).with(SCIENTIST)).andExpect(status().isOk());
		assertThat(service.get(id).name()).isEqualTo("Role subject");
	}

	@Test
	void aMissingCsrfTokenIsRefusedWithTheAppsErrorPage() throws Exception {
		long id = register("Csrf subject");
		Map<String, String> form = formOf(service.get(id));
		form.put("name", "Forged");
		mvc.perform(post("/initiatives/" + id).with(LEAD).params(params(form)))
			.andExpect(status().isForbidden());
		assertThat(service.get(id).name()).isEqualTo("Csrf subject");
	}

	@Test
	void unknownAndMalformedIdsGetClientErrors() throws Exception {
		mvc.perform(get("/initiatives/987654").with(LEAD)).andExpect(status().isNotFound());
		mvc.perform(get("/initiatives/not-a-number").with(LEAD)).andExpect(status().isBadRequest());
		mvc.perform(get("/initiatives/" + "9".repeat(40)).with(LEAD)).andExpect(status().isBadRequest());
		mvc.perform(post("/initiatives/987654/expectations/1/withdraw").with(LEAD).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void forgedFilterValuesAreReportedAndIgnored() throws Exception {
		mvc.perform(get("/initiatives").with(EXECUTIVE).param("phase", "NOPE").param("sort", "password")
			.param("size", "100000").param("businessUnit", "x").param("q", "y".repeat(10_000)).param("only", "no-such-criterion"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ignored the criterion “no-such-criterion”")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ignored the filter “phase”")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Show at most 100 initiatives per page.")));
	}

	@Test
	void theListOffersEveryContributedCriterionAndAnEmptyChoiceMeansNone() throws Exception {
		String page = mvc.perform(get("/initiatives").with(EXECUTIVE).param("only", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("Ignored the").contains("value=\"unmet-condition\"", "value=\"open-flag\"");
		String unmet = mvc.perform(get("/initiatives").with(EXECUTIVE).param("only", "unmet-condition"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(unmet).contains("<option value=\"unmet-condition\" selected=\"selected\"");
	}

	@Test
	void aPagePastTheEndShowsTheLastPageAndSaysSoEvenForHugeNumbers() throws Exception {
		// page * size beyond Integer.MAX_VALUE used to end in a 500 (the database offset overflows).
		mvc.perform(get("/initiatives").with(EXECUTIVE).param("page", "999999999").param("size", "20"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("There is no page 1000000000; showing page ")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("No initiative matches."))));
		mvc.perform(get("/initiatives").with(EXECUTIVE).param("page", String.valueOf(Integer.MAX_VALUE)).param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("There is no page 2147483648")));
	}

	@Test
	void aNulCharacterInTextIsDroppedInsteadOfEndingInAServerError() throws Exception {
		long id = register("Nul subject");
		Map<String, String> form = formOf(service.get(id));
		form.put("name", "Nul\u0000 subject renamed");
		form.put("purpose", "Keeps\u0000 the rest.");
		mvc.perform(post("/initiatives/" + id).with(LEAD).with(csrf()).params(params(form)))
			.andExpect(status().is3xxRedirection());
		assertThat(service.get(id).name()).isEqualTo("Nul subject renamed");
		assertThat(service.get(id).purpose()).isEqualTo("Keeps the rest.");
		mvc.perform(get("/initiatives").with(EXECUTIVE).param("q", "subject\u0000"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Nul subject renamed")));
	}

	@Test
	void expectationsAreRecordedValidatedAndWithdrawnWithHistory() throws Exception {
		long id = register("Expectation subject");
		mvc.perform(post("/initiatives/" + id + "/expectations").with(LEAD).with(csrf())
			.param("stakeholder", "Sales").param("metric", "Forecast accuracy").param("targetValue", "NaN")
			.param("dueDate", "2027-01-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a number, e.g. 0.85.")));
		assertThat(service.expectations(id)).isEmpty();
		mvc.perform(post("/initiatives/" + id + "/expectations").with(LEAD).with(csrf())
			.param("stakeholder", "Sales").param("metric", "Forecast accuracy").param("targetValue", "0.9")
			.param("higherIsBetter", "maybe").param("dueDate", "2027-01-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Choose yes or no.")));
		assertThat(service.expectations(id)).isEmpty();

		mvc.perform(post("/initiatives/" + id + "/expectations").with(LEAD).with(csrf())
			.param("stakeholder", "Sales").param("metric", "Forecast accuracy").param("targetValue", "0.9")
			.param("higherIsBetter", "true").param("dueDate", "2027-01-31"))
			.andExpect(status().is3xxRedirection());
		ExpectationResource expectation = service.expectations(id).get(0);
		mvc.perform(post("/initiatives/" + id + "/expectations/" + expectation.id() + "/withdraw").with(OTHER_LEAD).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/initiatives/" + id + "/expectations/" + expectation.id() + "/withdraw").with(LEAD).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(service.expectations(id)).singleElement().satisfies(e -> assertThat(e.active()).isFalse());
		assertThat(service.history(id)).extracting(InitiativeHistoryEntry::aspect)
			.contains(Aspect.EXPECTATION_ADDED, Aspect.EXPECTATION_WITHDRAWN);
	}

	private long register(String name) throws Exception {
		return idFrom(mvc.perform(post("/initiatives").with(LEAD).with(csrf()).params(params(validForm(name))))
			.andExpect(status().is3xxRedirection()).andReturn());
	}

	private static long idFrom(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private Map<String, String> validForm(String name) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("purpose", "Spot unusual invoices for the finance team.");
		form.put("businessUnitId", String.valueOf(businessUnits.findAllByOrderByNameAsc().get(0).getId()));
		form.put("leadId", String.valueOf(users.findByUsername("lead").orElseThrow().getId()));
		form.put("userContexts", "Region North, Region South");
		form.put("alignmentPhase", "REINITIATING");
		form.put("lifecycleStage", "REQUIREMENTS_ANALYSIS");
		form.put("mechanism", "KNOWLEDGE_CREATION");
		String today = LocalDate.now(clock).toString();
		for (String cycle : List.of("organization", "technology", "user")) {
			form.put(cycle + "Since", today);
			form.put(cycle + "PaceDays", "30");
		}
		form.put("organizationState", "FORMING");
		form.put("technologyState", "EXPLORING");
		form.put("userState", "IDENTIFIED");
		return form;
	}

	private Map<String, String> formOf(InitiativeSummary initiative) {
		Map<String, String> form = validForm(initiative.name());
		InitiativeForm current = InitiativeForm.of(initiative);
		form.put("purpose", current.getPurpose());
		form.put("alignmentPhase", current.getAlignmentPhase().name());
		form.put("version", String.valueOf(current.getVersion()));
		return form;
	}

	private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> form) {
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		form.forEach(params::add);
		return params;
	}

}
