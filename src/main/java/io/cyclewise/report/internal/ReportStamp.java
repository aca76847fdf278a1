package io.cyclewise.report.internal;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import io.cyclewise.user.UserDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/** "Generated <date time> by <display name>" and the portal's version, printed on every report. */
@Component
class ReportStamp {

	/** What a report states about itself; {@code version} null: a development build. */
	record Stamp(String generatedAt, String generatedBy, String version) {

	}

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

	private final Clock clock;
	private final UserDirectory users;
	private final String version;

	ReportStamp(Clock clock, UserDirectory users, ObjectProvider<BuildProperties> build) {
		this.clock = clock;
		this.users = users;
		BuildProperties properties = build.getIfAvailable();
		this.version = properties == null || properties.getVersion() == null ? null
				: properties.getVersion();
	}

	Stamp now(String username) {
		return stamp(username, ZonedDateTime.now(clock));
	}

	Stamp stamp(String username, ZonedDateTime at) {
		return new Stamp(FORMAT.format(at), displayName(username), version);
	}

	String displayName(String username) {
		return users.findByUsername(username).map(user -> user.getDisplayName()).orElse(username);
	}
}
