package io.cyclewise.notification.internal;

import io.cyclewise.notification.NotificationKind;

import io.cyclewise.notification.NewNotification;

import io.cyclewise.notification.Notifications;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cyclewise.shared.NotFoundException;

/**
 * The weekly executive digest (docs/notifications.md): built once per week (Monday to Monday in the portal's zone,
 * from the injected clock), stored, and handed to every enabled executive as an {@code EXECUTIVE_DIGEST} notification
 * that links to it; the delivery worker then e-mails the stored digest with its claims and retries. Building a week
 * that is already stored does nothing, so several instances (or a rerun) never build or send twice.
 */
@Service
public class ExecutiveDigests {

	/**
	 * The stored digest is built once for every executive, in the portal's base language; the preview is in the
	 * reader's.
	 */
	private static final Locale STORED = Locale.ENGLISH;

	/** What a build did: the week's digest id and whether this call built it. */
	public record Build(long id, boolean built, int notified) {
	}

	private final ExecutiveDigestQueries queries;
	private final ExecutiveDigestStore store;
	private final MailComposer composer;
	private final Notifications notifications;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final MessageSource messages;

	ExecutiveDigests(ExecutiveDigestQueries queries, ExecutiveDigestStore store, MailComposer composer,
			Notifications notifications, JdbcClient jdbc, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.queries = queries;
		this.store = store;
		this.composer = composer;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The Monday the week just ended began on. */
	public LocalDate lastWeek() {
		return thisWeek().minusWeeks(1);
	}

	LocalDate thisWeek() {
		return LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	@Transactional
	public Build buildLastWeek() {
		return build(lastWeek());
	}

	/** Builds and stores the week's digest and notifies the executives, unless the week is stored already. */
	@Transactional
	public Build build(LocalDate weekStart) {
		if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException("A digest's week starts on a Monday, not on " + weekStart + ".");
		}
		Optional<Long> existing = store.idOf(weekStart);
		if (existing.isPresent()) {
			return new Build(existing.get(), false, 0);
		}
		ExecutiveDigestContent content = queries.read(weekStart, clock.getZone(), STORED);
		String subject = ExecutiveDigestStore.SUBJECT_PREFIX + title(content, STORED);
		Optional<Long> inserted = store.insert(weekStart, subject, render(content, STORED), clock.instant());
		if (inserted.isEmpty()) {
			return new Build(store.idOf(weekStart).orElseThrow(), false, 0);
		}
		long id = inserted.get();
		List<NewNotification> toSend = executives().stream()
			.map(executive -> new NewNotification(executive, NotificationKind.EXECUTIVE_DIGEST, "digest:" + weekStart,
					title(content, STORED), summary(content), "/digests/" + id))
			.toList();
		return new Build(id, true, notifications.notifyAll(toSend));
	}

	/** The digest of this week so far, not stored and not sent: the "preview" button. */
	@Transactional(readOnly = true)
	MailComposer.Rendered previewThisWeek() {
		Locale locale = LocaleContextHolder.getLocale();
		return render(queries.read(thisWeek(), clock.getZone(), locale), locale);
	}

	@Transactional(readOnly = true)
	List<ExecutiveDigestStore.Summary> latest() {
		return store.latest();
	}

	@Transactional(readOnly = true)
	ExecutiveDigestStore.Stored find(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("notification.digest.notFound", String.valueOf(id)));
	}

	private List<String> executives() {
		return jdbc.sql("SELECT DISTINCT lower(u.username) FROM app_user u JOIN app_user_role r ON r.user_id = u.id"
				+ " WHERE r.role = 'EXECUTIVE' AND u.enabled ORDER BY 1").query(String.class).list();
	}

	private MailComposer.Rendered render(ExecutiveDigestContent content, Locale locale) {
		return composer.render("mail/executive-digest", Map.of("digest", content, "title", title(content, locale)),
				locale);
	}

	private String title(ExecutiveDigestContent content, Locale locale) {
		DateTimeFormatter day = DateTimeFormatter.ofPattern(messages.getMessage("notification.executive.day", null, locale),
				locale);
		return messages.getMessage("notification.executive.title",
				new Object[] { day.format(content.weekStart()), day.format(content.weekEnd()) }, locale);
	}

	/** The notification's text, stored with it (in the portal's base language, like the digest). */
	private String summary(ExecutiveDigestContent content) {
		return messages.getMessage("notification.executive.summary", new Object[] { content.raised(), content.cleared(),
				content.events().size() + content.moreEvents(), content.decisions().size() + content.moreDecisions() },
				STORED);
	}
}
