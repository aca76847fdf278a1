package io.cyclewise.notification.internal;

import io.cyclewise.notification.NotificationKind;

import io.cyclewise.notification.NewNotification;

import io.cyclewise.notification.Notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import io.cyclewise.signal.ReviewFact;
import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.user.UserDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates notifications in bulk from other modules' data, each scan idempotent (the dedupe key) and in batches of
 * {@code batch-size} rows, each batch one short transaction with one {@code INSERT … SELECT … ON CONFLICT DO NOTHING}:
 * nothing is loaded into memory, and a scan after a threshold change that raised 50,000 flags is a few dozen
 * statements. Reads risk_flag, context_event(_impact), initiative, review_cadence, alignment_review and app_user
 * directly: documented read models (docs/architecture.md, "Read models").
 * <p>
 * Flags and events are scanned from a watermark (the highest id already looked at), so a scan reads only what is
 * new. Rows younger than {@code settle} are left for the next scan: an id taken by a transaction that has not
 * committed yet must not fall behind the watermark.
 */
@Component
class NotificationScans {

	/** Only what a person should still act on: open flags, unacknowledged events on events still open. */
	private static final String FLAGS = """
			SELECT lower(u.username) AS recipient,
			       CASE WHEN f.severity = 'CRITICAL' THEN 'CRITICAL_FLAG' ELSE 'NEW_FLAG' END AS kind,
			       'flag:' || f.id AS subject_key,
			       CASE WHEN f.severity = 'CRITICAL' THEN 'Critical flag on ' ELSE 'New flag on ' END || i.name AS title,
			       initcap(replace(lower(f.rule), '_', ' ')) || ': ' || f.explanation AS body,
			       '/initiatives/' || i.id AS link
			FROM risk_flag f
			JOIN initiative i ON i.id = f.initiative_id
			JOIN app_user u ON u.id = i.lead_id
			WHERE f.id > :after AND f.id <= :until AND f.cleared_at IS NULL AND u.enabled
			""";

	private static final String EVENTS = """
			SELECT lower(u.username) AS recipient, 'EVENT_TO_ACKNOWLEDGE' AS kind,
			       'event:' || ci.event_id || ':initiative:' || ci.initiative_id AS subject_key,
			       'Acknowledge “' || e.title || '” for ' || i.name AS title,
			       'The context change “' || e.title || '” (' || to_char(e.occurred_on, 'YYYY-MM-DD') || ') may affect '
			         || i.name || '. Record how it affects the initiative.' AS body,
			       '/initiatives/' || i.id || '/events/' || e.id AS link
			FROM context_event_impact ci
			JOIN context_event e ON e.id = ci.event_id
			JOIN initiative i ON i.id = ci.initiative_id
			JOIN app_user u ON u.id = i.lead_id
			WHERE ci.id > :after AND ci.id <= :until AND ci.acknowledged_at IS NULL AND e.closed_at IS NULL AND u.enabled
			""";

	/** The due date as the signal module computes it (ReviewQueries): last review or registration + cadence. */
	private static final String REVIEWS = """
			SELECT lower(u.username) AS recipient,
			       CASE WHEN s.due_on < :today THEN 'REVIEW_OVERDUE' ELSE 'REVIEW_DUE' END AS kind,
			       'review:' || s.id || ':' || to_char(s.due_on, 'YYYY-MM-DD') AS subject_key,
			       CASE WHEN s.due_on < :today THEN 'Review overdue: ' ELSE 'Review due soon: ' END || s.name AS title,
			       'The alignment review of ' || s.name || CASE WHEN s.due_on < :today THEN ' was due on ' ELSE ' is due on ' END
			         || to_char(s.due_on, 'YYYY-MM-DD') || '.' AS body,
			       '/initiatives/' || s.id || '/reviews' AS link
			FROM (
			  SELECT i.id, i.name, i.lead_id,
			         COALESCE(r.last_review, CAST(i.created_at AT TIME ZONE :zone AS date))
			           + COALESCE(c.cadence_days, :defaultCadence) AS due_on
			  FROM initiative i
			  LEFT JOIN review_cadence c ON c.initiative_id = i.id
			  LEFT JOIN (SELECT initiative_id, max(reviewed_on) AS last_review FROM alignment_review
			             WHERE initiative_id > :after AND initiative_id <= :until GROUP BY initiative_id) r
			    ON r.initiative_id = i.id
			  WHERE i.id > :after AND i.id <= :until AND i.technology_state <> 'RETIRED'
			) s
			JOIN app_user u ON u.id = s.lead_id
			WHERE s.due_on <= CAST(:today AS date) + :soonDays AND u.enabled
			""";

	static final int SOON_DAYS = 7;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final Notifications notifications;
	private final PersonalAccessTokens tokens;
	private final Clock clock;
	private final int batchSize;
	private final Duration settle;
	private final UserDirectory users;
	private final MessageSource messages;

	NotificationScans(JdbcClient jdbc, TransactionTemplate transaction, Notifications notifications,
			PersonalAccessTokens tokens, UserDirectory users, MessageSource messages, Clock clock, @Value("${cyclewise.notifications.scan.batch-size:5000}") int batchSize,
			@Value("${cyclewise.notifications.scan.settle:1m}") Duration settle) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.notifications = notifications;
		this.tokens = tokens;
		this.clock = clock;
		this.batchSize = batchSize;
		this.settle = settle;
		this.users = users;
		this.messages = messages;
	}

	/** Every scan once; @return how many notifications were created */
	int scanAll() {
		return flags() + eventsToAcknowledge() + reviews() + expiringTokens();
	}

	/** Flags raised since the last scan: critical ones as CRITICAL_FLAG, the others as NEW_FLAG. */
	int flags() {
		return fromWatermark("risk_flag", "SELECT max(id) FROM risk_flag WHERE raised_at <= :settled", FLAGS);
	}

	int eventsToAcknowledge() {
		return fromWatermark("context_event_impact",
				"SELECT max(id) FROM context_event_impact WHERE linked_at <= :settled", EVENTS);
	}

	/**
	 * Reviews due within {@value #SOON_DAYS} days or overdue, over the whole portfolio in batches of initiatives. One
	 * notification per initiative and due date: an overdue review is not announced again every day.
	 */
	int reviews() {
		LocalDate today = LocalDate.now(clock);
		long highest = jdbc.sql("SELECT coalesce(max(id), 0) FROM initiative").query(Long.class).single();
		int created = 0;
		for (long after = 0; after < highest; after += batchSize) {
			long until = Math.min(after + batchSize, highest);
			Map<String, Object> parameters = Map.of("after", after, "until", until, "today", today, "soonDays", SOON_DAYS,
					"zone", clock.getZone().getId(), "defaultCadence", ReviewFact.DEFAULT_CADENCE_DAYS);
			created += transaction.execute(status -> insert(REVIEWS, parameters));
		}
		return created;
	}

	/** Tokens (not revoked) expiring within {@value #SOON_DAYS} days; a person has at most a few, so one batch. */
	int expiringTokens() {
		Instant now = clock.instant();
		return notifications.notifyAll(tokens.expiringBetween(now, now.plus(Duration.ofDays(SOON_DAYS))).stream()
			.map(token -> {
				Locale locale = users.localeOf(token.owner());
				return new NewNotification(token.owner(), NotificationKind.TOKEN_EXPIRING, "token:" + token.id(),
						messages.getMessage("notification.token.title",
								new Object[] { token.name(), DAY.format(token.expiresAt().atOffset(ZoneOffset.UTC)) }, locale),
						messages.getMessage("notification.token.text", null, locale), "/settings/tokens");
			})
			.toList());
	}

	private int fromWatermark(String scan, String settledMaximum, String candidates) {
		long watermark = jdbc.sql("SELECT coalesce(max(last_id), 0) FROM notification_scan_watermark WHERE scan = ?")
			.param(scan).query(Long.class).single();
		Long highest = jdbc.sql(settledMaximum).param("settled", java.sql.Timestamp.from(clock.instant().minus(settle)))
			.query(Long.class).single();
		int created = 0;
		for (long after = watermark; highest != null && after < highest; after += batchSize) {
			long from = after;
			long until = Math.min(after + batchSize, highest);
			created += transaction.execute(status -> {
				int inserted = insert(candidates, Map.of("after", from, "until", until));
				jdbc.sql("""
						INSERT INTO notification_scan_watermark (scan, last_id, scanned_at) VALUES (?, ?, now())
						ON CONFLICT (scan) DO UPDATE SET last_id = greatest(notification_scan_watermark.last_id, excluded.last_id),
						    scanned_at = excluded.scanned_at
						""").params(scan, until).update();
				return inserted;
			});
		}
		return created;
	}

	/** The candidates less the kinds their recipients switched off; existing ones are left alone. */
	private int insert(String candidates, Map<String, Object> parameters) {
		return jdbc.sql("INSERT INTO notification (recipient, kind, subject_key, title, body, link)"
				+ " SELECT c.recipient, c.kind, left(c.subject_key, 200), left(c.title, 200), left(c.body, 2000), left(c.link, 500)"
				+ " FROM (" + candidates + ") c"
				+ " WHERE NOT EXISTS (SELECT 1 FROM notification_preference p"
				+ "                   WHERE p.recipient = c.recipient AND p.kind = c.kind AND p.delivery = 'OFF')"
				+ " ON CONFLICT (recipient, kind, subject_key) DO NOTHING")
			.params(parameters).update();
	}
}
