package io.cyclewise.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored weekly executive digests ({@code executive_digest}): one row per week, built once for everyone. */
@Component
class ExecutiveDigestStore {

	private static final Pattern LINK = Pattern.compile("/digests/(\\d{1,18})");

	/** One stored digest; {@code body.html()} is a fragment the e-mail and the web view both wrap. */
	record Stored(long id, LocalDate weekStart, String subject, MailComposer.Rendered body, Instant builtAt) {

		static Stored of(ResultSet rs, int row) throws SQLException {
			return new Stored(rs.getLong("id"), rs.getDate("week_start").toLocalDate(), rs.getString("subject"),
					new MailComposer.Rendered(rs.getString("text"), rs.getString("html")),
					rs.getTimestamp("built_at").toInstant());
		}
	}

	/** A line of the list of issues. */
	record Summary(long id, LocalDate weekStart, String subject, Instant builtAt) {

		/** The list's line: the subject without the mail prefix. */
		public String heading() {
			return subject.replace(SUBJECT_PREFIX, "");
		}
	}

	static final String SUBJECT_PREFIX = "[Cyclewise] ";

	/** The page heading of an issue: its subject without the mail prefix. */
	static String headingOf(Stored digest) {
		return digest.subject().replace(SUBJECT_PREFIX, "");
	}

	private final JdbcClient jdbc;

	ExecutiveDigestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the new row's id, or empty when another build stored this week first */
	Optional<Long> insert(LocalDate weekStart, String subject, MailComposer.Rendered body, Instant builtAt) {
		return jdbc.sql("INSERT INTO executive_digest (week_start, subject, html, text, built_at) VALUES (?, ?, ?, ?, ?)"
				+ " ON CONFLICT (week_start) DO NOTHING RETURNING id")
			.params(weekStart, subject, body.html(), body.text(), Timestamp.from(builtAt)).query(Long.class).optional();
	}

	Optional<Long> idOf(LocalDate weekStart) {
		return jdbc.sql("SELECT id FROM executive_digest WHERE week_start = ?").param(weekStart).query(Long.class)
			.optional();
	}

	Optional<Stored> find(long id) {
		return jdbc.sql("SELECT * FROM executive_digest WHERE id = ?").param(id).query(Stored::of).optional();
	}

	/** The digest a notification links to ({@code /digests/<id>}). */
	Optional<Stored> byLink(String link) {
		Matcher matcher = LINK.matcher(link == null ? "" : link);
		return matcher.matches() ? find(Long.parseLong(matcher.group(1))) : Optional.empty();
	}

	/** The latest first; two years of weeks at most. */
	List<Summary> latest() {
		return jdbc.sql("SELECT id, week_start, subject, built_at FROM executive_digest ORDER BY week_start DESC LIMIT 104")
			.query((rs, row) -> new Summary(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}
}
