package io.cyclewise.notification.internal;

import io.cyclewise.notification.NotificationKind;

import io.cyclewise.notification.Notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import io.cyclewise.user.UserDirectory;

/**
 * Sends notification e-mails in the background; never in a web request, never losing a notification (the inbox row
 * stays whatever happens to the e-mail).
 * <ol>
 * <li>{@link #route()}: new notifications get their delivery from the recipient's preference (or the kind's
 * default): IN_APP, PENDING (e-mail now), DAILY_/WEEKLY_DIGEST, or SKIPPED_NO_SMTP / SKIPPED_NO_ADDRESS with the
 * reason. One UPDATE per {@value #ROUTE_BATCH} rows.</li>
 * <li>{@link #sendDue()}: claims due PENDING rows for {@value #CLAIM_MINUTES} minutes ({@code claimed_until}, FOR
 * UPDATE SKIP LOCKED in one statement), so several app instances never send one twice, and sends them. A failure
 * is retried with exponential back-off ({@link RetryPolicy}); after the last attempt, or at once when the address
 * itself is refused, it is FAILED with the reason.</li>
 * </ol>
 */
@Component
class NotificationDelivery {

	private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

	static final int ROUTE_BATCH = 1000;
	static final int SEND_BATCH = 20;
	static final int CLAIM_MINUTES = 5;

	/** The kinds' defaults as an SQL table, built from the enum (no input of anyone's). */
	private static final String DEFAULTS = Arrays.stream(NotificationKind.values())
		.map(kind -> "('" + kind.name() + "', '" + kind.defaultDelivery().name() + "')")
		.collect(Collectors.joining(", ", "(VALUES ", ") AS d(kind, delivery)"));

	private final JdbcClient jdbc;
	private final ObjectProvider<JavaMailSender> mailSender;
	private final MailComposer composer;
	private final UserDirectory users;
	private final RetryPolicy retries;
	private final ExecutiveDigestStore digests;

	NotificationDelivery(ExecutiveDigestStore digests, JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender,
			MailComposer composer, UserDirectory users,
			@Value("${cyclewise.notifications.mail.first-retry:1m}") Duration firstRetry,
			@Value("${cyclewise.notifications.mail.longest-wait:1h}") Duration longestWait,
			@Value("${cyclewise.notifications.mail.max-attempts:8}") int maxAttempts) {
		this.digests = digests;
		this.jdbc = jdbc;
		this.mailSender = mailSender;
		this.composer = composer;
		this.users = users;
		this.retries = new RetryPolicy(firstRetry, longestWait, maxAttempts);
		if (!mailEnabled()) {
			log.info("No SMTP server configured (spring.mail.host): e-mail notifications are kept in the inbox only");
		}
	}

	/** Boot creates the sender only when spring.mail.host is set. */
	boolean mailEnabled() {
		return mailSender.getIfAvailable() != null;
	}

	/** Why the person's latest e-mail was given up, if it was: their settings page says so. */
	Optional<String> lastFailure(String username) {
		return jdbc.sql("SELECT last_error FROM notification WHERE recipient = ? AND delivery = 'FAILED'"
				+ " ORDER BY created_at DESC, id DESC LIMIT 1").param(Notifications.recipientOf(username))
			.query(String.class).optional();
	}

	/** Routes everything new, then one round of due e-mails. */
	void deliver() {
		route();
		sendDue();
	}

	/** @return how many notifications were routed */
	int route() {
		int total = 0;
		int routed;
		do {
			routed = jdbc.sql("""
					WITH batch AS (SELECT id FROM notification WHERE delivery = 'NEW' ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED),
					decided AS (
					  SELECT n.id, coalesce(p.delivery, d.delivery, 'IN_APP') AS wanted, u.email
					  FROM notification n
					  JOIN batch b ON b.id = n.id
					  LEFT JOIN notification_preference p ON p.recipient = n.recipient AND p.kind = n.kind
					  LEFT JOIN %s ON d.kind = n.kind
					  LEFT JOIN app_user u ON lower(u.username) = n.recipient
					)
					UPDATE notification n SET
					  delivery = CASE WHEN x.wanted IN ('IN_APP', 'OFF') THEN 'IN_APP'
					                  WHEN NOT :mail THEN 'SKIPPED_NO_SMTP'
					                  WHEN x.email IS NULL THEN 'SKIPPED_NO_ADDRESS'
					                  WHEN x.wanted = 'EMAIL' THEN 'PENDING'
					                  ELSE x.wanted END,
					  last_error = CASE WHEN x.wanted IN ('IN_APP', 'OFF') THEN NULL
					                    WHEN NOT :mail THEN 'No SMTP server configured (spring.mail.host).'
					                    WHEN x.email IS NULL THEN 'The recipient has no e-mail address.'
					                    END,
					  next_attempt_at = now()
					FROM decided x WHERE x.id = n.id
					""".formatted(DEFAULTS)).param("limit", ROUTE_BATCH).param("mail", mailEnabled()).update();
			total += routed;
		}
		while (routed == ROUTE_BATCH);
		return total;
	}

	private record Claimed(long id, String recipient, String kind, String title, String body, String link, int attempts) {

		static Claimed of(ResultSet rs, int row) throws SQLException {
			return new Claimed(rs.getLong("id"), rs.getString("recipient"), rs.getString("kind"), rs.getString("title"),
					rs.getString("body"), rs.getString("link"), rs.getInt("attempts"));
		}

		MailComposer.Entry entry(MailComposer composer, Locale locale) {
			return composer.entry(kind, title, body, link, locale);
		}
	}

	/** @return how many were claimed (sent or not) */
	int sendDue() {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		List<Claimed> claimed = jdbc.sql("""
				UPDATE notification SET claimed_until = now() + make_interval(mins => ?)
				WHERE id = ANY(ARRAY(
				      SELECT id FROM notification
				      WHERE delivery = 'PENDING' AND next_attempt_at <= now() AND (claimed_until IS NULL OR claimed_until < now())
				      ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED))
				RETURNING id, recipient, kind, title, body, link, attempts
				""").params(CLAIM_MINUTES, SEND_BATCH).query(Claimed::of).list();
		for (Claimed notification : claimed) {
			send(sender, notification);
		}
		return claimed.size();
	}

	private void send(JavaMailSender sender, Claimed notification) {
		Optional<String> address = users.emailOf(notification.recipient());
		if (address.isEmpty()) {
			jdbc.sql("UPDATE notification SET delivery = 'SKIPPED_NO_ADDRESS', claimed_until = NULL,"
					+ " last_error = 'The recipient has no e-mail address.' WHERE id = ?").param(notification.id()).update();
			return;
		}
		int attempts = notification.attempts() + 1;
		try {
			MimeMessage message = sender.createMimeMessage();
			Locale locale = users.localeOf(notification.recipient());
			Optional<ExecutiveDigestStore.Stored> digest = NotificationKind.EXECUTIVE_DIGEST.name()
				.equals(notification.kind()) ? digests.byLink(notification.link()) : Optional.empty();
			if (digest.isPresent()) {
				// The whole digest, as stored once for everyone; the notification only points at it.
				composer.prebuilt(message, address.get(), locale, digest.get().subject(), digest.get().body());
			}
			else {
				composer.single(message, address.get(), locale, notification.entry(composer, locale));
			}
			sender.send(message);
			jdbc.sql("UPDATE notification SET delivery = 'SENT', sent_at = now(), attempts = ?, claimed_until = NULL,"
					+ " last_error = NULL WHERE id = ?").params(attempts, notification.id()).update();
		}
		catch (MailException | IllegalStateException failed) {
			failed(notification.id(), attempts, failed);
		}
	}

	private void failed(long id, int attempts, RuntimeException failure) {
		boolean givesUp = permanent(failure) || retries.givesUpAfter(attempts);
		String reason = reason(failure);
		log.warn("Sending notification e-mail {} failed (attempt {}){}: {}", id, attempts,
				givesUp ? ", given up" : ", will retry", reason);
		jdbc.sql("""
				UPDATE notification SET attempts = ?, last_error = left(?, 500), claimed_until = NULL,
				       delivery = CASE WHEN ? THEN 'FAILED' ELSE 'PENDING' END,
				       next_attempt_at = now() + make_interval(secs => ?)
				WHERE id = ?
				""").params(attempts, reason, givesUp, (double) retries.waitAfter(attempts).toMillis() / 1000, id).update();
	}

	/** The address itself was refused (malformed, or rejected by the server): trying again cannot help. */
	static boolean permanent(RuntimeException failure) {
		if (failure instanceof MailParseException || failure instanceof MailPreparationException) {
			return true;
		}
		if (failure instanceof MailSendException send) {
			return send.getFailedMessages().values().stream().anyMatch(cause -> cause instanceof SendFailedException refused
					&& refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0);
		}
		return false;
	}

	private static String reason(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root == failure ? String.valueOf(failure.getMessage())
				: failure.getClass().getSimpleName() + ": " + root.getMessage();
		return message.replace('\n', ' ');
	}

	/**
	 * Sends one digest e-mail per recipient of everything waiting in {@code state} (DAILY_DIGEST or WEEKLY_DIGEST),
	 * then marks those DIGESTED. A failed digest stays waiting for the next run.
	 * @return how many digests were sent
	 */
	int sendDigests(String state, String period) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		List<Claimed> claimed;
		do {
			claimed = jdbc.sql("""
					UPDATE notification SET claimed_until = now() + make_interval(mins => ?)
					WHERE id = ANY(ARRAY(
					      SELECT id FROM notification
					      WHERE delivery = ? AND (claimed_until IS NULL OR claimed_until < now())
					      ORDER BY recipient, id LIMIT 500 FOR UPDATE SKIP LOCKED))
					RETURNING id, recipient, kind, title, body, link, attempts
					""").params(CLAIM_MINUTES, state).query(Claimed::of).list();
			Map<String, List<Claimed>> byRecipient = new LinkedHashMap<>();
			claimed.forEach(row -> byRecipient.computeIfAbsent(row.recipient(), key -> new ArrayList<>()).add(row));
			for (Map.Entry<String, List<Claimed>> digest : byRecipient.entrySet()) {
				Long[] ids = digest.getValue().stream().map(Claimed::id).toArray(Long[]::new);
				Optional<String> address = users.emailOf(digest.getKey());
				try {
					if (address.isEmpty()) {
						jdbc.sql("UPDATE notification SET delivery = 'SKIPPED_NO_ADDRESS', claimed_until = NULL,"
								+ " last_error = 'The recipient has no e-mail address.' WHERE id = ANY(?)").param(ids).update();
						continue;
					}
					MimeMessage message = sender.createMimeMessage();
					Locale locale = users.localeOf(digest.getKey());
					composer.digest(message, address.get(), locale, state,
							digest.getValue().stream().map(row -> row.entry(composer, locale)).toList());
					sender.send(message);
					jdbc.sql("UPDATE notification SET delivery = 'DIGESTED', sent_at = now(), attempts = attempts + 1,"
							+ " claimed_until = NULL, last_error = NULL WHERE id = ANY(?)").param(ids).update();
					sent++;
				}
				catch (MailException | IllegalStateException failed) {
					log.warn("Sending the {} digest to {} failed; it is tried again on the next run: {}", period.toLowerCase(),
							digest.getKey(), reason(failed));
					jdbc.sql("UPDATE notification SET attempts = attempts + 1, last_error = left(?, 500),"
							+ " claimed_until = now() + interval '1 hour' WHERE id = ANY(?)").params(reason(failed), ids).update();
				}
			}
		}
		while (claimed.size() == 500);
		return sent;
	}
}
