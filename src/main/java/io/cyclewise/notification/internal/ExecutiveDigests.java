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

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	/** What a build did: the week's digest id and whether this call built it. */
	public record Build(long id, boolean built, int notified) {
	}

	private final ExecutiveDigestQueries queries;
	private final ExecutiveDigestStore store;
	private final MailComposer composer;
	private final Notifications notifications;
	private final JdbcClient jdbc;
	private final Clock clock;

	ExecutiveDigests(ExecutiveDigestQueries queries, ExecutiveDigestStore store, MailComposer composer,
			Notifications notifications, JdbcClient jdbc, Clock clock) {
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
		ExecutiveDigestContent content = queries.read(weekStart, clock.getZone());
		String subject = subject(content);
		Optional<Long> inserted = store.insert(weekStart, subject, render(content), clock.instant());
		if (inserted.isEmpty()) {
			return new Build(store.idOf(weekStart).orElseThrow(), false, 0);
		}
		long id = inserted.get();
		List<NewNotification> toSend = executives().stream()
			.map(executive -> new NewNotification(executive, NotificationKind.EXECUTIVE_DIGEST, "digest:" + weekStart,
					subject.replace("[Cyclewise] ", ""), summary(content), "/digests/" + id))
			.toList();
		return new Build(id, true, notifications.notifyAll(toSend));
	}

	/** The digest of this week so far, not stored and not sent: the "preview" button. */
	@Transactional(readOnly = true)
	MailComposer.Rendered previewThisWeek() {
		return render(queries.read(thisWeek(), clock.getZone()));
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

	private MailComposer.Rendered render(ExecutiveDigestContent content) {
		return composer.render("mail/executive-digest",
				Map.of("digest", content, "title", title(content)));
	}

	static String title(ExecutiveDigestContent content) {
		return "Weekly executive digest, " + DAY.format(content.weekStart()) + " – " + DAY.format(content.weekEnd());
	}

	private static String subject(ExecutiveDigestContent content) {
		return "[Cyclewise] " + title(content);
	}

	private static String summary(ExecutiveDigestContent content) {
		return content.raised() + " flags raised, " + content.cleared() + " cleared; "
				+ (content.events().size() + content.moreEvents()) + " new context changes; "
				+ (content.decisions().size() + content.moreDecisions()) + " gate decisions.";
	}
}
