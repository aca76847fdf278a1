package io.cyclewise.database;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.datasource.url} set (as {@code SPRING_DATASOURCE_URL} does in docker-compose.yml), the app uses
 * that PostgreSQL and starts no embedded one. The "external" server here is a separate PostgreSQL process with its
 * own database, started by the test.
 */
@SpringBootTest
class ExternalDatabaseTest {

	private static final EmbeddedPostgres external = start();

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	private static EmbeddedPostgres start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE cyclewise_external");
			return postgres;
		}
		catch (IOException failure) {
			throw new IllegalStateException(failure);
		}
	}

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> external.getJdbcUrl("postgres", "cyclewise_external"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stop() throws IOException {
		external.close();
	}

	@Test
	void usesTheConfiguredDatabaseAndStartsNoEmbeddedOne() {
		assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo("cyclewise_external");
		assertThat(jdbc.queryForObject("SELECT inet_server_port()", Integer.class)).isEqualTo(external.getPort());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class)).isPositive();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM initiative", Integer.class)).isGreaterThanOrEqualTo(12);
	}

	@Test
	void givesUpWithinSecondsWhenTheDatabaseIsAway() throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		assertThat(pool.getConnectionTimeout()).isEqualTo(3000);
		assertThat(pool.getValidationTimeout()).isEqualTo(1000);
		assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "3").containsEntry("loginTimeout", "3")
			.containsEntry("socketTimeout", "300").containsEntry("tcpKeepAlive", "true");
	}
}
