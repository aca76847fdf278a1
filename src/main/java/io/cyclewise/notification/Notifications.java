package io.cyclewise.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cyclewise.shared.NotFoundException;
import io.cyclewise.shared.Terms;

/**
 * The notification module's API: create notifications (other modules too, e.g. stage gates) and read and mark a
 * person's inbox. Creating is idempotent per recipient, kind and subject key; a kind the recipient switched off is
 * not created. E-mail is sent later by the delivery worker, never in the caller's transaction.
 */
@Service
public class Notifications {

	static final int PAGE_SIZE = 25;

	private static final String INSERT = """
			INSERT INTO notification (recipient, kind, subject_key, title, body, link)
			SELECT ?, ?, left(?, 200), left(?, 200), left(?, 2000), left(?, 500)
			WHERE NOT EXISTS (SELECT 1 FROM notification_preference p
			                  WHERE p.recipient = ? AND p.kind = ? AND p.delivery = 'OFF')
			ON CONFLICT (recipient, kind, subject_key) DO NOTHING
			""";

	/** One notification as the inbox shows it. */
	public record NotificationView(long id, String kindLabel, String title, String text, String link,
			Instant createdAt, Instant readAt) {

		public boolean unread() {
			return readAt == null;
		}
	}

	/** One page of a person's inbox; {@code page} counts from 0. */
	public record InboxPage(List<NotificationView> items, int page, int totalPages, long total, long unread,
			boolean unreadFirst) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final Terms terms;
	private final MessageSource messages;

	Notifications(JdbcClient jdbc, JdbcTemplate batch, Terms terms, MessageSource messages) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.terms = terms;
		this.messages = messages;
	}

	/** @return whether it was created (false: the recipient already has it, or switched its kind off) */
	@Transactional
	public boolean notify(NewNotification notification) {
		return notifyAll(List.of(notification)) == 1;
	}

	/** Creates many in one batch; @return how many were created */
	@Transactional
	public int notifyAll(Collection<NewNotification> notifications) {
		if (notifications.isEmpty()) {
			return 0;
		}
		int[][] counts = batch.batchUpdate(INSERT, notifications, 500, (statement, notification) -> {
			String recipient = recipientOf(notification.recipient());
			statement.setString(1, recipient);
			statement.setString(2, notification.kind().name());
			statement.setString(3, notification.subjectKey());
			statement.setString(4, notification.title());
			statement.setString(5, notification.text());
			statement.setString(6, notification.link());
			statement.setString(7, recipient);
			statement.setString(8, notification.kind().name());
		});
		int created = 0;
		for (int[] chunk : counts) {
			for (int count : chunk) {
				created += Math.max(count, 0);
			}
		}
		return created;
	}

	/** Usernames are unique regardless of case; notifications are stored under the lower-cased one. */
	public static String recipientOf(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	@Transactional(readOnly = true)
	public long unreadCount(String username) {
		return jdbc.sql("SELECT count(*) FROM notification WHERE recipient = ? AND read_at IS NULL")
			.param(recipientOf(username)).query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public InboxPage inbox(String username, int page, boolean unreadFirst) {
		Locale locale = LocaleContextHolder.getLocale();
		String recipient = recipientOf(username);
		long total = jdbc.sql("SELECT count(*) FROM notification WHERE recipient = ?").param(recipient).query(Long.class)
			.single();
		int totalPages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 0), totalPages - 1);
		List<NotificationView> items = jdbc.sql("SELECT id, kind, title, body, link, created_at, read_at FROM notification"
				+ " WHERE recipient = ? ORDER BY " + (unreadFirst ? "(read_at IS NULL) DESC, " : "")
				+ "created_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(recipient, PAGE_SIZE, shown * PAGE_SIZE)
			.query((rs, row) -> new NotificationView(rs.getLong("id"), labelOf(rs.getString("kind"), locale), rs.getString("title"),
					rs.getString("body"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
			.list();
		return new InboxPage(items, shown, totalPages, total, unreadCount(username), unreadFirst);
	}

	/**
	 * Marks one of the person's notifications read.
	 * @return its link
	 * @throws NotFoundException if the person has no such notification (someone else's is "no such")
	 */
	@Transactional
	public String markRead(String username, long id) {
		return jdbc.sql("UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = ? AND recipient = ? RETURNING link")
			.params(id, recipientOf(username)).query(String.class).optional()
			.orElseThrow(() -> new NotFoundException("notification.notFound", String.valueOf(id)));
	}

	/** @return how many were unread */
	@Transactional
	public int markAllRead(String username) {
		return jdbc.sql("UPDATE notification SET read_at = now() WHERE recipient = ? AND read_at IS NULL")
			.param(recipientOf(username)).update();
	}

	/** The kind stored by name; empty for a kind this version does not know (stored by a newer one). */
	public static Optional<NotificationKind> kindOf(String kind) {
		return Arrays.stream(NotificationKind.values()).filter(known -> known.name().equals(kind)).findFirst();
	}

	/** The kind's label in the reader's language; an unknown kind still shows, without its label. */
	private String labelOf(String kind, Locale locale) {
		return kindOf(kind).map(known -> terms.label(known, locale))
			.orElseGet(() -> messages.getMessage("notification.kind.unknown", null, locale));
	}
}
