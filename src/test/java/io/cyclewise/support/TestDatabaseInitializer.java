package io.cyclewise.support;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one switch for the test database, {@code -Dcyclewise.test.database=auto|embedded|testcontainers}:
 * <ul>
 * <li>{@code auto} (default): Testcontainers' PostgreSQL when a Docker engine answers, else the embedded server;</li>
 * <li>{@code embedded}: always the embedded PostgreSQL (a throw-away database per Spring context);</li>
 * <li>{@code testcontainers}: always a container; fails without Docker.</li>
 * </ul>
 * With a container, {@code spring.datasource.url} is set, so the embedded configuration backs off.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger log = LoggerFactory.getLogger(TestDatabaseInitializer.class);

	private static PostgreSQLContainer container;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String mode = System.getProperty("cyclewise.test.database", "auto");
		if (mode.isBlank() || mode.equals("embedded") || (mode.equals("auto") && !dockerAvailable())) {
			return;
		}
		PostgreSQLContainer postgres = container();
		// Last, so that a test naming its own database (e.g. ExternalDatabaseTest) still wins.
		context.getEnvironment().getPropertySources().addLast(new MapPropertySource("testcontainers-postgres",
				Map.of("spring.datasource.url", postgres.getJdbcUrl(), "spring.datasource.username",
						postgres.getUsername(), "spring.datasource.password", postgres.getPassword())));
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError noDocker) {
			return false;
		}
	}

	private static synchronized PostgreSQLContainer container() {
		if (container == null) {
			log.info("Using Testcontainers PostgreSQL for tests");
			container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
		}
		return container;
	}
}
