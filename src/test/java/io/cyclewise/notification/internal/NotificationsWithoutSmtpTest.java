package io.cyclewise.notification.internal;

import io.cyclewise.notification.NotificationKind;

import io.cyclewise.notification.NewNotification;

import io.cyclewise.notification.Notifications;

import java.util.Set;

import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The zero-setup default: no spring.mail.host, so nothing is sent, the inbox works, and people are told why. */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationsWithoutSmtpTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDirectory users;

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationDelivery delivery;

	@Test
	void anEmailThatWasWantedIsSkippedWithTheReasonAndTheNotificationStaysInTheInbox() throws Exception {
		assertThat(delivery.mailEnabled()).isFalse();
		users.register("sven", "Sven Smtpless", "a-Long-passphrase-sven", Set.of(Role.PROJECT_LEAD));
		users.changeEmail("sven", "sven@example.com");
		notifications.notify(new NewNotification("sven", NotificationKind.CRITICAL_FLAG, "test:no-smtp",
				"Critical flag without SMTP", "Kept in the inbox.", "/initiatives"));

		delivery.deliver();
		assertThat(jdbc.queryForMap("SELECT delivery, last_error, attempts FROM notification WHERE recipient = 'sven'"))
			.containsEntry("delivery", "SKIPPED_NO_SMTP")
			.containsEntry("last_error", "No SMTP server configured (spring.mail.host).")
			.containsEntry("attempts", 0);
		mvc.perform(get("/notifications").with(user("sven").roles("PROJECT_LEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Critical flag without SMTP")));
		mvc.perform(get("/settings/notifications").with(user("sven").roles("PROJECT_LEAD")))
			.andExpect(content().string(containsString("This server sends no e-mail")));
		assertThat(delivery.sendDue()).isZero();
		assertThat(delivery.sendDigests("DAILY_DIGEST", "Daily")).isZero();
	}
}
