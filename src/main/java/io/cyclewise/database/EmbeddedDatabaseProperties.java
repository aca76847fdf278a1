package io.cyclewise.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that starts when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the database files live between runs
 * @param ephemeral     true for throw-away databases (tests): a fresh temporary directory, deleted on close
 * @param port          0 picks a free port
 */
@ConfigurationProperties("cyclewise.embedded-database")
public record EmbeddedDatabaseProperties(String dataDirectory, boolean ephemeral, int port) {

	public EmbeddedDatabaseProperties {
		if (dataDirectory == null || dataDirectory.isBlank()) {
			dataDirectory = "./data";
		}
	}
}
