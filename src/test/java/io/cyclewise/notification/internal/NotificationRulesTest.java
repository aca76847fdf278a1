package io.cyclewise.notification.internal;

import io.cyclewise.notification.DeliveryPreference;

import io.cyclewise.notification.NotificationKind;

import io.cyclewise.notification.NewNotification;

import io.cyclewise.notification.Notifications;

import java.time.Duration;
import java.util.Arrays;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plain rules: back-off, when sending gives up, defaults per kind, what a notification may link to. */
class NotificationRulesTest {

	@Test
	void retriesBackOffExponentiallyUpToTheLongestWaitAndGiveUpAfterTheLastAttempt() {
		RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), 8);
		assertThat(policy.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(policy.waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(policy.waitAfter(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(policy.waitAfter(6)).isEqualTo(Duration.ofMinutes(30));
		assertThat(policy.waitAfter(1000)).isEqualTo(Duration.ofMinutes(30));
		assertThat(policy.givesUpAfter(7)).isFalse();
		assertThat(policy.givesUpAfter(8)).isTrue();
		assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(5), Duration.ofMinutes(1), 3))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ZERO, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aRefusedAddressIsNotRetriedButAnUnreachableServerIs() throws Exception {
		assertThat(NotificationDelivery.permanent(new MailParseException("bad address"))).isTrue();
		SendFailedException refused = new SendFailedException("550 no such user", null, new InternetAddress[0],
				new InternetAddress[0], new InternetAddress[] { new InternetAddress("nobody@example.com") });
		assertThat(NotificationDelivery.permanent(new MailSendException(java.util.Map.of(new Object(), refused)))).isTrue();
		assertThat(NotificationDelivery.permanent(new MailSendException("Connection refused"))).isFalse();
	}

	@Test
	void byDefaultOnlyCriticalFlagsAndTheExecutiveDigestAreEmailedAndEverythingIsInTheInbox() {
		// The executive digest is an e-mail by nature (docs/notifications.md); everything else stays in the inbox.
		assertThat(Arrays.stream(NotificationKind.values()).filter(kind -> kind.defaultDelivery() == DeliveryPreference.EMAIL))
			.containsExactly(NotificationKind.CRITICAL_FLAG, NotificationKind.EXECUTIVE_DIGEST);
		assertThat(Arrays.stream(NotificationKind.values()).map(NotificationKind::defaultDelivery))
			.doesNotContain(DeliveryPreference.OFF);
	}

	@Test
	void aNotificationLinksOnlyInsideThePortal() {
		assertThat(new NewNotification("Lead", NotificationKind.NEW_FLAG, "flag:1", "Title", null, "/initiatives/1").text())
			.isEmpty();
		for (String outside : new String[] { "https://example.com", "//example.com/x", "initiatives/1", null }) {
			assertThatThrownBy(() -> new NewNotification("lead", NotificationKind.NEW_FLAG, "flag:1", "Title", "", outside))
				.isInstanceOf(IllegalArgumentException.class);
		}
		assertThat(Notifications.recipientOf(" Lead ")).isEqualTo("lead");
		assertThat(Notifications.kindOf("GATE_DECIDED_LATER")).isEmpty();
		assertThat(Notifications.kindOf("GATE_DECIDED")).contains(NotificationKind.GATE_DECIDED);
	}
}
