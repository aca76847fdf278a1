package io.cyclewise.audit.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.cyclewise.risk.RiskThresholdService;
import io.cyclewise.risk.Threshold;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.NewToken;
import io.cyclewise.token.TokenAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.cyclewise.support.Users.ADMIN;
import static io.cyclewise.support.Users.EXECUTIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-ins and administrative changes land in the audit log, which administrators read and nobody can change. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditLogTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	RiskThresholdService thresholds;

	@Test
	void signInsThroughTheLoginFormAreLoggedWithTheirOutcomeAndAddress() throws Exception {
		mvc.perform(formLogin("/login").user("executive").password("cyclewise")).andExpect(redirectedUrl("/"));
		String stranger = "nobody" + System.nanoTime();
		mvc.perform(formLogin("/login").user(stranger).password("guess")).andExpect(redirectedUrl("/login?error"));

		Map<String, Object> success = newest("SIGN_IN_SUCCEEDED", "executive");
		assertThat(success.get("remote_address")).isEqualTo("127.0.0.1");
		assertThat(newest("SIGN_IN_FAILED", stranger).get("details")).isEqualTo("Wrong username or password.");
	}

	@Test
	void creatingAUserAndChangingTheirRolesIsLoggedWithTheAdministratorAsActor() throws Exception {
		String username = "audited" + (System.nanoTime() % 1_000_000);
		mvc.perform(post("/admin/users").with(ADMIN).with(csrf()).param("username", username)
			.param("displayName", "Audited Person").param("password", "a long enough passphrase 42")
			.param("roles", "PROJECT_LEAD")).andExpect(status().is3xxRedirection());
		assertThat(newest("USER_CREATED", "admin").get("subject")).isEqualTo(username);

		long id = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
		long version = jdbc.queryForObject("SELECT version FROM app_user WHERE id = ?", Long.class, id);
		mvc.perform(post("/admin/users/" + id).with(ADMIN).with(csrf()).param("roles", "EXECUTIVE")
			.param("enabled", "true").param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		Map<String, Object> change = newest("ACCESS_CHANGED", "admin");
		assertThat(change.get("subject")).isEqualTo(username);
		assertThat(change.get("details")).isEqualTo("Roles now: EXECUTIVE; sign-in allowed.");
	}

	@Test
	void tokensCreatedAndRevokedAreLoggedForTheirOwner() {
		tokens.create("scientist", new NewToken("audit pipeline", TokenAccess.READ_ONLY, 90));
		assertThat(newest("TOKEN_CREATED", "scientist").get("subject")).isEqualTo("audit pipeline");

		long tokenId = jdbc.queryForObject("SELECT max(id) FROM personal_access_token WHERE owner = 'scientist'", Long.class);
		long revokedBefore = count("TOKEN_REVOKED");
		tokens.revoke("scientist", tokenId);
		tokens.revoke("scientist", tokenId);
		assertThat(count("TOKEN_REVOKED")).as("revoking a revoked token again changes nothing").isEqualTo(revokedBefore + 1);
		assertThat(newest("TOKEN_REVOKED", "scientist").get("details")).isEqualTo("Token " + tokenId + ".");
	}

	@Test
	void changedThresholdsAreLoggedWithTheirValuesBeforeAndAfter() {
		Map<Threshold, BigDecimal> current = thresholds.current().values();
		Threshold threshold = Threshold.values()[0];
		BigDecimal before = current.get(threshold);
		BigDecimal changed = threshold.accepts(before.add(BigDecimal.ONE)) ? before.add(BigDecimal.ONE)
				: before.subtract(BigDecimal.ONE);
		Map<Threshold, BigDecimal> values = new EnumMap<>(current);
		values.put(threshold, changed);
		try {
			thresholds.update(values, "admin");
			assertThat(newest("THRESHOLDS_CHANGED", "admin").get("details")).isEqualTo(threshold.label() + ": "
					+ before.stripTrailingZeros().toPlainString() + " → " + changed.stripTrailingZeros().toPlainString() + ".");
		}
		finally {
			thresholds.update(current, "admin");
			BackgroundWork.awaitDone(jdbc);
		}
	}

	@Test
	void aPublishedChecklistTemplateIsLogged() throws Exception {
		int version = jdbc.queryForObject("SELECT version FROM checklist_template WHERE kind = 'CRAFT_TACTICS' AND current",
				Integer.class);
		List<Map<String, Object>> items = jdbc.queryForList("SELECT ti.item_key, ti.text, ti.guidance FROM checklist_template_item ti"
				+ " JOIN checklist_template t ON t.id = ti.template_id WHERE t.kind = 'CRAFT_TACTICS' AND t.current ORDER BY ti.position");
		mvc.perform(edit(version, items, " (reworded for the audit test)")).andExpect(status().is3xxRedirection());
		mvc.perform(edit(version + 1, items, "")).andExpect(status().is3xxRedirection());
		BackgroundWork.awaitDone(jdbc);
		Map<String, Object> published = newest("TEMPLATE_PUBLISHED", "admin");
		assertThat(published.get("subject")).isEqualTo("CRAFT_TACTICS");
		assertThat(published.get("details")).isEqualTo("Version " + (version + 2) + " published.");
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAnEntry() {
		jdbc.update("INSERT INTO audit_entry (occurred_at, actor, action) VALUES (now(), 'someone', 'SIGN_IN_FAILED')");
		long before = jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class);
		assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET actor = 'else'"))
			.isInstanceOf(DataAccessException.class).hasMessageContaining("Audit entries are never changed or deleted");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry"))
			.isInstanceOf(DataAccessException.class).hasMessageContaining("Audit entries are never changed or deleted");
		assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_entry"))
			.isInstanceOf(DataAccessException.class).hasMessageContaining("Audit entries are never changed or deleted");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class)).isEqualTo(before);
	}

	@Test
	void administratorsReadAndFilterTheLogOthersAreRefused() throws Exception {
		jdbc.update("INSERT INTO audit_entry (occurred_at, actor, action, subject) VALUES (now(), 'filtered-actor',"
				+ " 'TOKEN_CREATED', 'a filtered token')");
		mvc.perform(get("/admin/audit").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("a filtered token")));
		mvc.perform(get("/admin/audit").param("actor", "filtered-actor").param("action", "TOKEN_CREATED").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("a filtered token")))
			.andExpect(content().string(containsString("1 entries")));
		String csv = mvc.perform(get("/admin/audit.csv").param("actor", "filtered-actor").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(csv.split("\r\n")).hasSize(2);
		assertThat(csv).startsWith("occurred_at,actor,action,subject,details,remote_address").contains(",filtered-actor,TOKEN_CREATED,a filtered token,,");
		mvc.perform(get("/admin/audit.csv").with(EXECUTIVE)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").param("action", "SIGN_IN_FAILED").param("actor", "filtered-actor").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("a filtered token"))));
		mvc.perform(get("/admin/audit").param("from", "2030-01-01").param("to", "2020-01-01").param("action", "NOPE")
				.param("page", "-3").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ignored the filter “action”")))
			.andExpect(content().string(containsString("Ignored the dates: “From” must not be after “to”.")));
		mvc.perform(get("/admin/audit").param("from", "+999999999-12-31").with(ADMIN)).andExpect(status().isOk());
		for (String role : List.of("EXECUTIVE", "PROJECT_LEAD", "DATA_SCIENTIST")) {
			mvc.perform(get("/admin/audit").with(user("someone").roles(role))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/dashboard").with(ADMIN)).andExpect(content().string(containsString("href=\"/admin/audit\"")));
	}

	private MockHttpServletRequestBuilder edit(int baseVersion, List<Map<String, Object>> items, String suffix) {
		MockHttpServletRequestBuilder request = post("/admin/checklist-templates/CRAFT_TACTICS").with(ADMIN).with(csrf())
			.param("baseVersion", String.valueOf(baseVersion));
		for (int i = 0; i < items.size(); i++) {
			request.param("items[" + i + "].itemKey", (String) items.get(i).get("item_key"))
				.param("items[" + i + "].text", items.get(i).get("text") + (i == 0 ? suffix : ""));
			if (items.get(i).get("guidance") != null) {
				request.param("items[" + i + "].guidance", (String) items.get(i).get("guidance"));
			}
		}
		return request;
	}

	private Map<String, Object> newest(String action, String actor) {
		return jdbc.queryForMap("SELECT * FROM audit_entry WHERE action = ? AND actor = ? ORDER BY id DESC LIMIT 1",
				action, actor);
	}

	private long count(String action) {
		return jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = ?", Long.class, action);
	}
}
