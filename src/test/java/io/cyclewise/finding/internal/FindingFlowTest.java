package io.cyclewise.finding.internal;

import java.util.List;
import java.util.Map;

import io.cyclewise.support.BackgroundWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.cyclewise.support.Users.EXECUTIVE;
import static io.cyclewise.support.Users.LEAD;
import static io.cyclewise.support.Users.OTHER_LEAD;
import static io.cyclewise.support.Users.SCIENTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Full stack on real PostgreSQL with the demo portfolio: record, steps, verified closure, refusals, history. */
@SpringBootTest
@AutoConfigureMockMvc
class FindingFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void recordRemediateAndCloseWithVerificationAndEveryRefusal() throws Exception {
		BackgroundWork.awaitDone(jdbc);
		long initiative = jdbc.queryForObject("SELECT min(i.id) FROM initiative i JOIN app_user u ON u.id = i.lead_id"
				+ " WHERE u.username = 'lead' AND EXISTS (SELECT 1 FROM context_event_impact x WHERE x.initiative_id = i.id)"
				+ " AND EXISTS (SELECT 1 FROM risk_flag f WHERE f.initiative_id = i.id)", Long.class);
		long event = jdbc.queryForObject("SELECT min(event_id) FROM context_event_impact WHERE initiative_id = ?", Long.class, initiative);
		long flag = jdbc.queryForObject("SELECT min(id) FROM risk_flag WHERE initiative_id = ?", Long.class, initiative);
		Long unlinkedEvent = jdbc.queryForObject("SELECT coalesce(min(e.id), 0) FROM context_event e WHERE NOT EXISTS"
				+ " (SELECT 1 FROM context_event_impact x WHERE x.event_id = e.id AND x.initiative_id = ?)", Long.class, initiative);
		long otherFlag = jdbc.queryForObject("SELECT min(id) FROM risk_flag WHERE initiative_id <> ?", Long.class, initiative);
		long scientistId = userId("scientist");
		String base = "/initiatives/" + initiative + "/findings";

		// Bad input: a clear message on the page, nothing stored.
		Map<String, Long> before = counts();
		assertPage(post(base).with(LEAD).with(csrf()), 200, "Give the finding a short title.",
				"Describe what was observed in operation.", "Choose how severe the finding is.", "Choose the owner");
		assertPage(record(base, LEAD, "999999", String.valueOf(event), String.valueOf(flag)), 200,
				"that user does not exist or is disabled");
		assertPage(record(base, LEAD, String.valueOf(scientistId), String.valueOf(unlinkedEvent), String.valueOf(flag)), 200,
				"Link only context changes that affect this initiative");
		assertPage(record(base, LEAD, String.valueOf(scientistId), String.valueOf(event), String.valueOf(otherFlag)), 200,
				"Link only risk flags of this initiative");
		assertPage(record(base, LEAD, String.valueOf(scientistId), String.valueOf(event), String.valueOf(flag), "2999-01-01"), 200,
				"cannot be in the future");
		// Who: executives read only; a lead of another initiative may not record here.
		assertThat(mvc.perform(record(base, EXECUTIVE, String.valueOf(scientistId), String.valueOf(event), String.valueOf(flag)))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(record(base, OTHER_LEAD, String.valueOf(scientistId), String.valueOf(event), String.valueOf(flag)))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get(base + "/new").with(EXECUTIVE)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(counts()).isEqualTo(before);

		// Record: the lead records, the scientist owns it.
		String location = mvc.perform(record(base, LEAD, String.valueOf(scientistId), String.valueOf(event), String.valueOf(flag)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long finding = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String page = base + "/" + finding;
		assertThat(jdbc.queryForObject("SELECT status FROM finding WHERE id = ?", String.class, finding)).isEqualTo("OPEN");
		assertThat(jdbc.queryForList("SELECT event_id FROM finding_event_link WHERE finding_id = ?", Long.class, finding))
			.containsExactly(event);
		assertThat(jdbc.queryForList("SELECT flag_id FROM finding_flag_link WHERE finding_id = ?", Long.class, finding))
			.containsExactly(flag);

		// Steps: added in order by the owner and the lead; a stale version stores nothing and keeps the text.
		long version = version(finding);
		step(page, SCIENTIST, "Retrain on the last three months of data", version).andExpect(status().is3xxRedirection());
		before = counts();
		assertPage(step(page, LEAD, "Typed against an old version", version), 200, "was changed by scientist meanwhile",
				"Typed against an old version");
		assertPage(step(page, LEAD, " ", version(finding)), 200, "Describe the step");
		assertThat(counts()).isEqualTo(before);
		step(page, LEAD, "Add a drift alert for the plant", version(finding)).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForList("SELECT text FROM finding_step WHERE finding_id = ? ORDER BY position", String.class, finding))
			.containsExactly("Retrain on the last three months of data", "Add a drift alert for the plant");
		assertThat(step(page, EXECUTIVE, "Not mine to add", version(finding)).andReturn().getResponse().getStatus())
			.isEqualTo(403);

		// Closing too early is refused with a reason.
		assertPage(close(page, LEAD, "Checked the dashboard", version(finding)), 200, "Start the remediation");
		mvc.perform(post(page + "/remediate").with(SCIENTIST).with(csrf()).param("version", String.valueOf(version(finding))))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT status FROM finding WHERE id = ?", String.class, finding)).isEqualTo("REMEDIATING");
		assertPage(close(page, LEAD, "Checked the dashboard", version(finding)), 200, "2 remediation step(s) are not done yet");
		for (long step : jdbc.queryForList("SELECT id FROM finding_step WHERE finding_id = ? ORDER BY position", Long.class, finding)) {
			mvc.perform(post(page + "/steps/" + step + "/done").with(SCIENTIST).with(csrf())
				.param("version", String.valueOf(version(finding)))).andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM finding_step WHERE finding_id = ? AND done AND done_by = 'scientist'",
				Long.class, finding)).isEqualTo(2);

		// Verified closure: not without a note, never by the owner, not against a stale version.
		before = counts();
		assertPage(close(page, LEAD, "", version(finding)), 200, "Write the verification note");
		assertPage(close(page, SCIENTIST, "I checked my own work", version(finding)), 200, "You own this finding");
		assertPage(close(page, LEAD, "Checked against an old version", version(finding) - 1), 200, "meanwhile",
				"Checked against an old version");
		assertThat(counts()).isEqualTo(before);
		mvc.perform(close(page, LEAD, "Drift alert fired in a test; accuracy back to 0.91 for two weeks", version(finding)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForMap("SELECT status, verified_by, verification_note FROM finding WHERE id = ?", finding))
			.containsEntry("status", "CLOSED").containsEntry("verified_by", "lead")
			.containsEntry("verification_note", "Drift alert fired in a test; accuracy back to 0.91 for two weeks");
		assertPage(step(page, LEAD, "Too late", version(finding)), 200, "This finding was closed");

		// History: one row per change, shown on the finding's page (read by an executive, without forms).
		assertThat(jdbc.queryForList("SELECT aspect FROM finding_change WHERE finding_id = ? ORDER BY id", String.class, finding))
			.containsExactly("Recorded", "Linked context changes", "Linked risk flags", "Step 1 added", "Step 2 added",
					"Status", "Step 1 done", "Step 2 done", "Status", "Verification");
		String shown = mvc.perform(get(page).with(EXECUTIVE)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(shown).contains("Step 2 added", "Verification", "Drift alert fired in a test").doesNotContain("Add step");
		assertThat(mvc.perform(get("/findings").with(EXECUTIVE).param("status", "CLOSED")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("Database test finding");
		assertThat(mvc.perform(get("/findings").with(EXECUTIVE).param("status", "OPEN").param("severity", "CRITICAL"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain("Database test finding");
		assertPage(get("/findings").with(EXECUTIVE).param("status", "BOGUS"), 200, "Unknown status");

		// Never deleted: the database refuses, whoever asks.
		for (String table : List.of("finding", "finding_step", "finding_change")) {
			String column = table.equals("finding") ? "id" : "finding_id";
			assertThatThrownBy(() -> jdbc.update("DELETE FROM " + table + " WHERE " + column + " = ?", finding))
				.isInstanceOf(DataAccessException.class).hasMessageContaining("never deleted");
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM finding WHERE id = ?", Long.class, finding)).isEqualTo(1);
	}

	@Test
	void aStaleEditKeepsTheInputAndStoresNothing() throws Exception {
		BackgroundWork.awaitDone(jdbc);
		long initiative = jdbc.queryForObject("SELECT min(i.id) FROM initiative i JOIN app_user u ON u.id = i.lead_id"
				+ " WHERE u.username = 'lead'", Long.class);
		String base = "/initiatives/" + initiative + "/findings";
		String location = mvc.perform(post(base).with(SCIENTIST).with(csrf()).param("title", "Latency spikes at night")
			.param("description", "p95 latency doubles between 2 and 4 am").param("severity", "INFO")
			.param("observedOn", "2024-05-01").param("ownerId", String.valueOf(userId("lead"))))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String page = location;
		long finding = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		long seen = version(finding);
		mvc.perform(edit(page, LEAD, "Latency spikes at night (batch job)", seen)).andExpect(status().is3xxRedirection());
		Map<String, Long> before = counts();
		assertPage(edit(page, SCIENTIST, "My title typed meanwhile", seen), 200, "changed by lead meanwhile",
				"My title typed meanwhile", "The finding as stored now");
		assertThat(counts()).isEqualTo(before);
		assertThat(jdbc.queryForObject("SELECT title FROM finding WHERE id = ?", String.class, finding))
			.isEqualTo("Latency spikes at night (batch job)");
		assertThat(jdbc.queryForList("SELECT aspect FROM finding_change WHERE finding_id = ? ORDER BY id", String.class, finding))
			.containsExactly("Recorded", "Title");
		assertThat(mvc.perform(edit(page, EXECUTIVE, "Nope", version(finding))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	private MockHttpServletRequestBuilder record(String base, RequestPostProcessor who, String ownerId, String eventId,
			String flagId) {
		return record(base, who, ownerId, eventId, flagId, "2024-06-03");
	}

	private MockHttpServletRequestBuilder record(String base, RequestPostProcessor who, String ownerId, String eventId,
			String flagId, String observedOn) {
		return post(base).with(who).with(csrf()).param("title", "Database test finding")
			.param("description", "Accuracy fell to 0.71 at the Lyon plant after the sensor swap.")
			.param("severity", "WARNING").param("observedOn", observedOn).param("ownerId", ownerId)
			.param("eventIds", eventId).param("flagIds", flagId);
	}

	private MockHttpServletRequestBuilder edit(String page, RequestPostProcessor who, String title, long version) {
		return post(page).with(who).with(csrf()).param("title", title)
			.param("description", "p95 latency doubles between 2 and 4 am").param("severity", "INFO")
			.param("observedOn", "2024-05-01").param("ownerId", String.valueOf(userId("lead")))
			.param("version", String.valueOf(version));
	}

	private org.springframework.test.web.servlet.ResultActions step(String page, RequestPostProcessor who, String text,
			long version) throws Exception {
		return mvc.perform(post(page + "/steps").with(who).with(csrf()).param("text", text).param("version", String.valueOf(version)));
	}

	private MockHttpServletRequestBuilder close(String page, RequestPostProcessor who, String note, long version) {
		return post(page + "/close").with(who).with(csrf()).param("verificationNote", note)
			.param("version", String.valueOf(version));
	}

	private void assertPage(MockHttpServletRequestBuilder request, int status, String... texts) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentAsString()).contains(texts);
	}

	private void assertPage(org.springframework.test.web.servlet.ResultActions result, int status, String... texts)
			throws Exception {
		var response = result.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentAsString()).contains(texts);
	}

	private long version(long finding) {
		return jdbc.queryForObject("SELECT version FROM finding WHERE id = ?", Long.class, finding);
	}

	private long userId(String username) {
		return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		for (String table : List.of("finding", "finding_step", "finding_change", "finding_event_link", "finding_flag_link")) {
			counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
		}
		counts.put("versions", jdbc.queryForObject("SELECT coalesce(sum(version), 0) FROM finding", Long.class));
		counts.put("done", jdbc.queryForObject("SELECT count(*) FROM finding_step WHERE done", Long.class));
		return counts;
	}
}
