package io.cyclewise.notification;

import java.time.Clock;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.cyclewise.support.MailMessages.freePort;
import static io.cyclewise.support.MailMessages.textParts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Full stack with a real SMTP server in the test (GreenMail) and real PostgreSQL with the demo portfolio: scans make
 * notifications, the delivery worker sends them, retries while the server is down, and never loses one. Each test
 * has its own person (with their own address), so what other tests create does not disturb it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationFlowTest {

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension mailServer = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> SMTP_PORT);
		properties.add("cyclewise.notifications.scan.settle", () -> "0s");
		// Retries due at once, so a test can try again without waiting; three attempts, then FAILED.
		properties.add("cyclewise.notifications.mail.first-retry", () -> "0s");
		properties.add("cyclewise.notifications.mail.longest-wait", () -> "0s");
		properties.add("cyclewise.notifications.mail.max-attempts", () -> 3);
		properties.add("cyclewise.base-url", () -> "https://cyclewise.example.com");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDirectory users;

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationScans scans;

	@Autowired
	NotificationDelivery delivery;

	@BeforeEach
	void quiet() {
		BackgroundWork.awaitDone(jdbc);
	}

	@Test
	void aCriticalFlagOnMyInitiativeIsInMyInboxAndSentByEmailOnce() throws Exception {
		register("nina");
		mvc.perform(post("/settings/notifications").param("email", "nina@example.com").with(as("nina")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long initiative = leadOfAnInitiative("nina");
		String name = jdbc.queryForObject("SELECT name FROM initiative WHERE id = ?", String.class, initiative);
		long flag = raiseFlag(initiative, "CRITICAL");

		scans.scanAll();
		assertThat(notificationsOf("nina", "CRITICAL_FLAG")).containsEntry("flag:" + flag, "NEW");
		mvc.perform(get("/notifications").with(as("nina")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Critical flag on " + name), containsString("Mark all read"))));
		long unread = notifications.unreadCount("nina");
		assertThat(unread).isPositive();
		mvc.perform(get("/notifications/unread-count").header("HX-Request", "true").with(as("nina")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Notifications: " + unread + " unread"), not(containsString("<nav")))));

		delivery.deliver();
		assertThat(notificationsOf("nina", "CRITICAL_FLAG")).containsEntry("flag:" + flag, "SENT");
		MimeMessage mail = onlyMailTo("nina@example.com");
		assertThat(mail.getSubject()).isEqualTo("[Cyclewise] Critical flag on " + name);
		Map<String, String> parts = textParts(mail);
		assertThat(parts).containsKeys("text/plain", "text/html");
		String link = "https://cyclewise.example.com/initiatives/" + initiative;
		assertThat(parts.get("text/plain")).contains("Critical flag on " + name, link);
		assertThat(parts.get("text/html")).contains("href=\"" + link + "\"", "Open it in Cyclewise");

		// Rescans, even from the start (watermarks gone), notify nobody twice and send nothing again. (The first one
		// from the start gives nina what was there before she led the initiative: its older flags and events.)
		jdbc.update("DELETE FROM notification_scan_watermark");
		scans.scanAll();
		delivery.deliver();
		int before = count("nina");
		scans.scanAll();
		jdbc.update("DELETE FROM notification_scan_watermark");
		scans.scanAll();
		delivery.deliver();
		assertThat(count("nina")).isEqualTo(before);
		assertThat(mailsTo("nina@example.com")).hasSize(1);
	}

	@Test
	void aNewFlagThatIsNotCriticalStaysInTheInboxAndClearedFlagsAreNotAnnounced() throws Exception {
		register("nils");
		users.changeEmail("nils", "nils@example.com");
		long initiative = leadOfAnInitiative("nils");
		long warning = raiseFlag(initiative, "WARNING");
		long cleared = raiseFlag(initiative, "CRITICAL");
		jdbc.update("UPDATE risk_flag SET cleared_at = now() WHERE id = ?", cleared);

		scans.flags();
		delivery.deliver();
		assertThat(notificationsOf("nils", "NEW_FLAG")).containsEntry("flag:" + warning, "IN_APP");
		assertThat(notificationsOf("nils", "CRITICAL_FLAG")).doesNotContainKey("flag:" + cleared);
		assertThat(mailsTo("nils@example.com")).noneMatch(mail -> subject(mail).startsWith("[Cyclewise] New flag"));
	}

	@Test
	void whileTheMailServerIsDownTheNotificationStaysAndIsSentOnceItIsBack() throws Exception {
		register("otto");
		users.changeEmail("otto", "otto@example.com");
		notifications.notify(new NewNotification("otto", NotificationKind.CRITICAL_FLAG, "test:down", "Server down test",
				"Sent after the server is back.", "/notifications"));

		mailServer.stop();
		delivery.deliver();
		delivery.deliver();
		Map<String, Object> row = row("otto", "test:down");
		assertThat(row).containsEntry("delivery", "PENDING").containsEntry("attempts", 2);
		assertThat((String) row.get("last_error")).isNotBlank();
		mvc.perform(get("/notifications").with(as("otto"))).andExpect(content().string(containsString("Server down test")));

		mailServer.start();
		delivery.deliver();
		assertThat(row("otto", "test:down")).containsEntry("delivery", "SENT").containsEntry("attempts", 3);
		assertThat(onlyMailTo("otto@example.com").getSubject()).isEqualTo("[Cyclewise] Server down test");
	}

	@Test
	void afterTheLastAttemptTheEmailIsFailedButTheNotificationStays() throws Exception {
		register("olga");
		users.changeEmail("olga", "olga@example.com");
		notifications.notify(new NewNotification("olga", NotificationKind.CRITICAL_FLAG, "test:gone", "Never delivered",
				"The server stays down.", "/notifications"));

		mailServer.stop();
		for (int round = 0; round < 5; round++) {
			delivery.deliver();
		}
		assertThat(row("olga", "test:gone")).containsEntry("delivery", "FAILED").containsEntry("attempts", 3);
		mailServer.start();
		delivery.deliver();
		assertThat(mailsTo("olga@example.com")).isEmpty();
		mvc.perform(get("/notifications").with(as("olga"))).andExpect(content().string(containsString("Never delivered")));
		mvc.perform(get("/settings/notifications").with(as("olga")))
			.andExpect(content().string(containsString("Your latest notification e-mail could")));
	}

	@Test
	void anInvalidAddressIsRefusedOnTheSettingsPageAndNothingIsSaved() throws Exception {
		register("ivan");
		users.changeEmail("ivan", "ivan@example.com");
		for (String invalid : List.of("ivan", "ivan@@example.com", "ivan@localhost", "ivan @example.com",
				"i".repeat(250) + "@example.com")) {
			mvc.perform(post("/settings/notifications").param("email", invalid)
					.param("preferences[0].kind", "NEW_FLAG").param("preferences[0].delivery", "EMAIL")
					.with(as("ivan")).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(invalid.length() > 254
						? "An e-mail address has at most 254 characters." : "Enter an e-mail address like name@example.com.")));
		}
		assertThat(users.emailOf("ivan")).contains("ivan@example.com");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM notification_preference WHERE recipient = 'ivan'", Long.class))
			.isZero();
	}

	@Test
	void someoneWithoutAnAddressKeepsTheInboxAndIsToldHowToGetEmail() throws Exception {
		register("paul");
		notifications.notify(new NewNotification("paul", NotificationKind.CRITICAL_FLAG, "test:no-address",
				"No address test", "Kept in the inbox.", "/notifications"));
		delivery.deliver();
		Map<String, Object> row = row("paul", "test:no-address");
		assertThat(row).containsEntry("delivery", "SKIPPED_NO_ADDRESS");
		assertThat((String) row.get("last_error")).isEqualTo("The recipient has no e-mail address.");
		mvc.perform(get("/settings/notifications").with(as("paul")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add an e-mail address to receive e-mail.")));
		mvc.perform(get("/notifications").with(as("paul"))).andExpect(content().string(containsString("No address test")));
	}

	@Test
	void preferencesDecideWhatIsCreatedAndHowItIsDelivered() throws Exception {
		register("pia");
		mvc.perform(post("/settings/notifications").param("email", "pia@example.com")
				.param("preferences[0].kind", "CRITICAL_FLAG").param("preferences[0].delivery", "IN_APP")
				.param("preferences[1].kind", "NEW_FLAG").param("preferences[1].delivery", "OFF")
				.param("preferences[2].kind", "TOKEN_EXPIRING").param("preferences[2].delivery", "DAILY_DIGEST")
				.param("preferences[3].kind", "REVIEW_DUE").param("preferences[3].delivery", "DAILY_DIGEST")
				.with(as("pia")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/settings/notifications").with(as("pia")))
			.andExpect(content().string(containsString("value=\"pia@example.com\"")));

		assertThat(notifications.notify(note("pia", NotificationKind.NEW_FLAG, "test:off"))).isFalse();
		assertThat(notifications.notify(note("pia", NotificationKind.CRITICAL_FLAG, "test:in-app"))).isTrue();
		assertThat(notifications.notify(note("pia", NotificationKind.CRITICAL_FLAG, "test:in-app"))).isFalse();
		assertThat(notifications.notify(note("pia", NotificationKind.TOKEN_EXPIRING, "test:digest-1"))).isTrue();
		assertThat(notifications.notify(note("pia", NotificationKind.REVIEW_DUE, "test:digest-2"))).isTrue();
		delivery.deliver();
		assertThat(row("pia", "test:in-app")).containsEntry("delivery", "IN_APP");
		assertThat(row("pia", "test:digest-1")).containsEntry("delivery", "DAILY_DIGEST");
		assertThat(mailsTo("pia@example.com")).isEmpty();

		assertThat(delivery.sendDigests("DAILY_DIGEST", "Daily")).isPositive();
		MimeMessage digest = onlyMailTo("pia@example.com");
		assertThat(digest.getSubject()).isEqualTo("[Cyclewise] Daily digest: 2 notifications");
		assertThat(textParts(digest).get("text/plain")).contains("Note test:digest-1", "Note test:digest-2");
		assertThat(row("pia", "test:digest-1")).containsEntry("delivery", "DIGESTED");
		delivery.sendDigests("DAILY_DIGEST", "Daily");
		assertThat(mailsTo("pia@example.com")).hasSize(1);
	}

	@Test
	void markingReadIsMineAloneAndOpensWhatItIsAbout() throws Exception {
		register("rita");
		register("rolf");
		notifications.notify(note("rita", NotificationKind.REVIEW_DUE, "test:one"));
		notifications.notify(note("rita", NotificationKind.REVIEW_DUE, "test:two"));
		long id = ((Number) row("rita", "test:one").get("id")).longValue();

		mvc.perform(post("/notifications/" + id + "/read").with(as("rolf")).with(csrf())).andExpect(status().isNotFound());
		assertThat(notifications.unreadCount("rita")).isEqualTo(2);
		mvc.perform(post("/notifications/" + id + "/read").with(as("rita")).with(csrf()))
			.andExpect(redirectedUrl("/initiatives"));
		assertThat(notifications.unreadCount("rita")).isEqualTo(1);
		mvc.perform(get("/notifications/unread-count").header("HX-Request", "true").with(as("rita")))
			.andExpect(content().string(containsString("Notifications: 1 unread")));
		mvc.perform(post("/notifications/read-all").with(as("rolf")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(notifications.unreadCount("rita")).isEqualTo(1);
		mvc.perform(post("/notifications/read-all").with(as("rita")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(notifications.unreadCount("rita")).isZero();
		mvc.perform(get("/notifications/unread-count").with(as("rita")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<nav"), containsString("Notifications: none unread"))));
	}

	@Test
	void eventsReviewsAndTokensNotifyTheirPeopleOnce() throws Exception {
		scans.scanAll();
		int first = jdbc.queryForObject("SELECT count(*) FROM notification", Integer.class);
		// Every unacknowledged event on an open event reached the initiative's lead.
		Integer missingEvents = jdbc.queryForObject("""
				SELECT count(*) FROM context_event_impact ci JOIN context_event e ON e.id = ci.event_id
				JOIN initiative i ON i.id = ci.initiative_id JOIN app_user u ON u.id = i.lead_id
				WHERE ci.acknowledged_at IS NULL AND e.closed_at IS NULL AND NOT EXISTS (SELECT 1 FROM notification n
				  WHERE n.recipient = lower(u.username) AND n.kind = 'EVENT_TO_ACKNOWLEDGE'
				    AND n.subject_key = 'event:' || ci.event_id || ':initiative:' || ci.initiative_id)
				""", Integer.class);
		assertThat(missingEvents).isZero();
		// Overdue reviews: exactly the ones the signal module lists as overdue for the lead.
		List<Long> overdue = new ArrayList<>();
		for (var schedule : reviewQueries.overdue(LocalDate.now(clock), "lead")) {
			overdue.add(schedule.initiativeId());
		}
		List<Long> notified = jdbc.queryForList("SELECT CAST(split_part(subject_key, ':', 2) AS bigint) FROM notification"
				+ " WHERE recipient = 'lead' AND kind = 'REVIEW_OVERDUE'", Long.class);
		assertThat(notified).containsExactlyInAnyOrderElementsOf(overdue);

		tokens.create("scientist", new io.cyclewise.token.NewToken("nightly pipeline", io.cyclewise.token.TokenAccess.READ_ONLY, 3));
		assertThat(scans.expiringTokens()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT title FROM notification WHERE recipient = 'scientist' AND kind = 'TOKEN_EXPIRING'",
				String.class)).startsWith("API token “nightly pipeline” expires on ");

		scans.scanAll();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM notification", Integer.class)).isEqualTo(first + 1);
	}

	@Test
	void administratorsSetAPersonsAddressOnTheUserPage() throws Exception {
		register("ulla");
		var ulla = users.findByUsername("ulla").orElseThrow();
		RequestPostProcessor admin = user("admin").roles("ADMIN");
		mvc.perform(post("/admin/users/" + ulla.getId()).param("roles", "PROJECT_LEAD").param("enabled", "true")
				.param("version", String.valueOf(ulla.getVersion())).param("email", "ulla@example")
				.with(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an e-mail address like name@example.com.")));
		assertThat(users.emailOf("ulla")).isEmpty();
		mvc.perform(post("/admin/users/" + ulla.getId()).param("roles", "PROJECT_LEAD").param("enabled", "true")
				.param("version", String.valueOf(ulla.getVersion())).param("email", " ulla@example.com ")
				.with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(users.emailOf("ulla")).contains("ulla@example.com");
		mvc.perform(get("/admin/users/" + ulla.getId()).with(admin))
			.andExpect(content().string(containsString("value=\"ulla@example.com\"")));
	}

	@Test
	void manyNewFlagsAtOnceBecomeNotificationsInBatchesWithoutDuplicates() {
		scans.flags();
		// As after a threshold change: 12,000 flags or more raised across the portfolio (over two scan batches of 5,000).
		int raised = jdbc.update("""
				INSERT INTO risk_flag (initiative_id, rule, characteristic, subject, severity, explanation, raised_at, evaluated_at)
				SELECT i.id, 'PACE_MISMATCH', 'TEMPORAL_COMPLEXITY', 'bulk-' || n, 'WARNING', 'Bulk flag ' || n, now(), now()
				FROM initiative i CROSS JOIN generate_series(1, CAST(ceil(12000.0 / (SELECT count(*) FROM initiative)) AS int)) n
				""");
		assertThat(raised).isGreaterThanOrEqualTo(12_000);
		long started = System.nanoTime();
		int created = scans.flags();
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(created).isEqualTo(raised);
		assertThat(jdbc.queryForObject("SELECT last_id FROM notification_scan_watermark WHERE scan = 'risk_flag'", Long.class))
			.isEqualTo(jdbc.queryForObject("SELECT max(id) FROM risk_flag", Long.class));
		assertThat(scans.flags()).isZero();
		jdbc.update("DELETE FROM notification_scan_watermark");
		assertThat(scans.flags()).isZero();
		System.out.printf("Notification scan: %d new flags → %d notifications in %d ms%n", raised, created, millis);
		// The routing step handles them in batches too, all in the inbox only (the default for non-critical flags).
		delivery.route();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM notification WHERE delivery = 'NEW'", Long.class)).isZero();
		jdbc.update("UPDATE risk_flag SET cleared_at = now() WHERE subject LIKE 'bulk-%'");
	}

	@Autowired
	io.cyclewise.signal.review.ReviewQueries reviewQueries;

	@Autowired
	io.cyclewise.token.PersonalAccessTokens tokens;

	private static NewNotification note(String recipient, NotificationKind kind, String subject) {
		return new NewNotification(recipient, kind, subject, "Note " + subject, "Text of " + subject, "/initiatives");
	}

	private void register(String username) {
		users.register(username, "Person " + username, "a-Long-passphrase-" + username, Set.of(Role.PROJECT_LEAD));
	}

	private static RequestPostProcessor as(String username) {
		return user(username).roles("PROJECT_LEAD");
	}

	/** Makes the person lead of an initiative nobody else in these tests leads. */
	private long leadOfAnInitiative(String username) {
		Long initiative = jdbc.queryForObject("SELECT min(i.id) FROM initiative i JOIN app_user u ON u.id = i.lead_id"
				+ " WHERE u.username IN ('lead', 'lead2') AND i.technology_state <> 'RETIRED' AND NOT EXISTS (SELECT 1 FROM"
				+ " risk_flag f WHERE f.initiative_id = i.id AND f.cleared_at IS NULL AND f.severity = 'CRITICAL')", Long.class);
		jdbc.update("UPDATE initiative SET lead_id = (SELECT id FROM app_user WHERE username = ?) WHERE id = ?", username,
				initiative);
		return initiative;
	}

	/** A flag as the risk engine stores it when a rule starts firing. */
	private long raiseFlag(long initiative, String severity) {
		return jdbc.queryForObject("""
				INSERT INTO risk_flag (initiative_id, rule, characteristic, subject, severity, explanation, raised_at, evaluated_at)
				VALUES (?, 'TASK_CONTEXT_DRIFT', 'CONTEXT_SENSITIVITY', ?, ?, 'The data drifted from what the model was trained on.',
				        now(), now()) RETURNING id
				""", Long.class, initiative, "notification-test-" + severity + "-" + System.nanoTime(), severity);
	}

	private Map<String, String> notificationsOf(String recipient, String kind) {
		Map<String, String> deliveries = new java.util.HashMap<>();
		jdbc.query("SELECT subject_key, delivery FROM notification WHERE recipient = ? AND kind = ?",
				(java.sql.ResultSet rs) -> {
					deliveries.put(rs.getString(1), rs.getString(2));
				}, recipient, kind);
		return deliveries;
	}

	private Map<String, Object> row(String recipient, String subject) {
		return jdbc.queryForMap("SELECT * FROM notification WHERE recipient = ? AND subject_key = ?", recipient, subject);
	}

	private int count(String recipient) {
		return jdbc.queryForObject("SELECT count(*) FROM notification WHERE recipient = ?", Integer.class, recipient);
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

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

	private MimeMessage onlyMailTo(String address) throws MessagingException {
		List<MimeMessage> found = mailsTo(address);
		assertThat(found).hasSize(1);
		return found.get(0);
	}
}
