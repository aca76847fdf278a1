package io.cyclewise.notification.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static io.cyclewise.support.MailMessages.freePort;
import static io.cyclewise.support.MailMessages.textParts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The weekly executive digest, full stack: known data in a pinned week long ago (so the demo portfolio's own flags,
 * events and gates do not fall into it), a real SMTP server (GreenMail) and real PostgreSQL. The data is inserted as
 * the risk, signal and gate modules store it, and closed/cleared within the week so nothing else picks it up.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExecutiveDigestFlowTest {

	static final int SMTP_PORT = freePort();
	static final String BASE = "https://cyclewise.example.com";

	@RegisterExtension
	static final GreenMailExtension mailServer = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> SMTP_PORT);
		properties.add("cyclewise.base-url", () -> BASE);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDirectory users;

	@Autowired
	ExecutiveDigests digests;

	@Autowired
	NotificationDelivery delivery;

	@BeforeEach
	void quiet() {
		BackgroundWork.awaitDone(jdbc);
	}

	@Test
	void theWeeksDigestListsFlagsEventsGatesAndTheTopTenAndIsMailedToExecutivesOnce() throws Exception {
		LocalDate week = LocalDate.of(2003, 3, 3);
		String wednesday = "2003-03-05 12:00:00+00";
		users.register("edith", "Edith Executive", "a-Long-passphrase-edith", Set.of(Role.EXECUTIVE));
		users.changeEmail("edith", "edith@example.com");
		users.register("egon", "Egon Executive", "a-Long-passphrase-egon", Set.of(Role.EXECUTIVE));

		long[] pair = jdbc.query("SELECT i.id FROM initiative i JOIN app_user u ON u.id = i.lead_id"
				+ " WHERE u.username IN ('lead', 'lead2') ORDER BY u.username, i.id", (rs, row) -> rs.getLong(1))
			.stream().mapToLong(Long::longValue).toArray();
		long acknowledging = pair[0];
		long waiting = pair[pair.length - 1];
		String waitingLead = jdbc.queryForObject("SELECT u.display_name FROM initiative i JOIN app_user u"
				+ " ON u.id = i.lead_id WHERE i.id = ?", String.class, waiting);
		String acknowledgingLead = jdbc.queryForObject("SELECT u.display_name FROM initiative i JOIN app_user u"
				+ " ON u.id = i.lead_id WHERE i.id = ?", String.class, acknowledging);
		assertThat(waitingLead).isNotEqualTo(acknowledgingLead);
		String waitingName = name(waiting);

		// The top initiative now (as the dashboard ranks it) gets a critical flag raised and cleared in the week.
		long top = jdbc.queryForObject("SELECT r.initiative_id FROM risk_rollup r JOIN initiative i ON i.id = r.initiative_id"
				+ " WHERE r.risk_score > 0 ORDER BY r.risk_score DESC, i.name LIMIT 1", Long.class);
		flag(top, "CRITICAL", "TEMPORAL_COMPLEXITY", "PACE_MISMATCH", wednesday, "2003-03-06 12:00:00+00");
		flag(waiting, "WARNING", "CONTEXT_SENSITIVITY", "TASK_CONTEXT_DRIFT", wednesday, "2003-03-20 12:00:00+00");
		long event = jdbc.queryForObject("""
				INSERT INTO context_event (type, kind, title, description, occurred_on, scope, recorded_at, recorded_by,
				                           closed_at, closed_by, closing_note, submission_id)
				VALUES ('ORGANIZATIONAL_CONTEXT', 'RESTRUCTURING', 'Digest test restructuring', 'Two units merged.',
				        DATE '2003-03-04', 'ORGANIZATION', CAST(? AS timestamptz), 'executive',
				        TIMESTAMPTZ '2003-03-07 12:00:00+00', 'executive', 'Over.', gen_random_uuid()) RETURNING id
				""", Long.class, wednesday);
		jdbc.update("INSERT INTO context_event_impact (event_id, initiative_id, linked_at, linked_when) VALUES (?, ?, CAST(? AS timestamptz), 'RECORDED')",
				event, waiting, wednesday);
		jdbc.update("INSERT INTO context_event_impact (event_id, initiative_id, linked_at, linked_when, acknowledged_at,"
				+ " acknowledged_by, response, outcome) VALUES (?, ?, CAST(? AS timestamptz), 'RECORDED', CAST(? AS timestamptz),"
				+ " 'lead', 'No effect.', 'NO_IMPACT')", event, acknowledging, wednesday, wednesday);
		long gate = jdbc.queryForObject("""
				INSERT INTO gate_request (initiative_id, kind, from_value, to_value, requested_by, requested_at,
				                          initiative_version, status, decided_by, decided_at, decision_comment)
				VALUES (?, 'PHASE', 'REINITIATING', 'EFFECTUATING', 'lead', CAST(? AS timestamptz), 0, 'APPROVED', 'risk',
				        CAST(? AS timestamptz), 'Ready.') RETURNING id
				""", Long.class, waiting, wednesday, wednesday);

		ExecutiveDigests.Build build = digests.build(week);
		assertThat(build.built()).isTrue();
		assertThat(build.notified()).isGreaterThanOrEqualTo(2);
		delivery.deliver();

		MimeMessage mail = onlyMailTo("edith@example.com");
		assertThat(mail.getSubject()).isEqualTo("[Cyclewise] Weekly executive digest, 3 Mar 2003 – 9 Mar 2003");
		Map<String, String> parts = textParts(mail);
		String text = parts.get("text/plain").replace("\r\n", "\n");
		String html = parts.get("text/html");
		assertThat(text).contains("2 raised, 1 cleared.", "Temporal complexity, Critical: 1 raised, 1 cleared",
				"Context sensitivity, Warning: 1 raised, 0 cleared", name(top) + ": Pace mismatch", "cleared again",
				BASE + "/initiatives/" + top + "/flags",
				"Digest test restructuring (2003-03-04, 2 linked): not acknowledged yet by " + waitingLead + ".",
				BASE + "/events/" + event,
				waitingName + ": Phase gate Reinitiating -> Effectuating approved by risk", BASE + "/gates/" + gate,
				"1. " + name(top), "new in the top 10, 1 flag raised this week", BASE + "/initiatives/" + top + "\n");
		assertThat(text).doesNotContain("not acknowledged yet by " + acknowledgingLead);
		assertThat(html).contains("<html lang=\"en\">", "href=\"" + BASE + "/events/" + event + "\"",
				"href=\"" + BASE + "/gates/" + gate + "\"", "href=\"" + BASE + "/initiatives/" + top + "/flags\"",
				"href=\"" + BASE + "/initiatives/" + top + "\"",
				"href=\"" + BASE + "/settings/notifications\"");

		// Egon has no address: the digest is in his inbox, its e-mail skipped with the reason.
		Map<String, Object> egon = jdbc.queryForMap("SELECT delivery, last_error, link FROM notification"
				+ " WHERE recipient = 'egon' AND kind = 'EXECUTIVE_DIGEST' AND subject_key = 'digest:2003-03-03'");
		assertThat(egon).containsEntry("delivery", "SKIPPED_NO_ADDRESS").containsEntry("link", "/digests/" + build.id());
		assertThat((String) egon.get("last_error")).contains("no e-mail address");

		// Building the week again (a second instance, a rerun) stores and sends nothing more.
		int notificationsBefore = jdbc.queryForObject("SELECT count(*) FROM notification WHERE kind = 'EXECUTIVE_DIGEST'",
				Integer.class);
		ExecutiveDigests.Build again = digests.build(week);
		assertThat(again.built()).isFalse();
		assertThat(again.id()).isEqualTo(build.id());
		delivery.deliver();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM executive_digest WHERE week_start = ?", Integer.class, week))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM notification WHERE kind = 'EXECUTIVE_DIGEST'", Integer.class))
			.isEqualTo(notificationsBefore);
		assertThat(mailsTo("edith@example.com")).hasSize(1);

		// The web view shows the same digest.
		mvc.perform(get("/digests").with(user("edith").roles("EXECUTIVE")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Weekly executive digest, 3 Mar 2003 – 9 Mar 2003"),
					containsString("/digests/" + build.id()))));
		mvc.perform(get("/digests/" + build.id()).with(user("risk").roles("RISK_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Digest test restructuring"),
					containsString("href=\"" + BASE + "/gates/" + gate + "\""))));
	}

	@Test
	void onlyExecutivesRiskOfficersAndAdministratorsReadDigests() throws Exception {
		long id = digests.build(LocalDate.of(2004, 5, 3)).id();
		for (String path : List.of("/digests", "/digests/" + id, "/digests/preview", "/digests/999999")) {
			mvc.perform(get(path).with(user("lead").roles("PROJECT_LEAD"))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(user("scientist").roles("DATA_SCIENTIST"))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/digests/999999").with(user("executive").roles("EXECUTIVE"))).andExpect(status().isNotFound());
		mvc.perform(get("/digests/preview").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This week so far"), containsString("Top 10 by risk"))));
	}

	@Test
	void aWeekMustStartOnMonday() {
		assertThatThrownBy(() -> digests.build(LocalDate.of(2004, 5, 4))).isInstanceOf(IllegalArgumentException.class);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM executive_digest WHERE week_start = DATE '2004-05-04'",
				Integer.class)).isZero();
	}

	private String name(long initiative) {
		return jdbc.queryForObject("SELECT name FROM initiative WHERE id = ?", String.class, initiative);
	}

	private void flag(long initiative, String severity, String characteristic, String rule, String raisedAt,
			String clearedAt) {
		jdbc.update("""
				INSERT INTO risk_flag (initiative_id, rule, characteristic, subject, severity, explanation, raised_at,
				                       cleared_at, evaluated_at)
				VALUES (?, ?, ?, ?, ?, 'Digest test.', CAST(? AS timestamptz), CAST(? AS timestamptz), CAST(? AS timestamptz))
				""", initiative, rule, characteristic, "digest-test-" + System.nanoTime(), severity, raisedAt, clearedAt,
				clearedAt);
	}

	private List<MimeMessage> mailsTo(String address) throws MessagingException {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : mailServer.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
				found.add(message);
			}
		}
		return found;
	}

	private MimeMessage onlyMailTo(String address) throws MessagingException {
		List<MimeMessage> found = mailsTo(address);
		assertThat(found).hasSize(1);
		return found.get(0);
	}
}
