package io.cyclewise.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * Stops and starts a running embedded PostgreSQL under the app, on the same data folder and port, as an operator
 * would ({@code pg_ctl stop -m fast}, then start again). For tests only. The server is left running when it is
 * started again, so the embedded server's own close at the end still stops it.
 */
final class EmbeddedPostgresControl {

	private final Path dataDirectory;
	private final Path pgCtl;

	EmbeddedPostgresControl(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SHOW data_directory")) {
			result.next();
			this.dataDirectory = Path.of(result.getString(1));
		}
		String postgresBinary = OrphanedPostgres.postmaster(dataDirectory).flatMap(process -> process.info().command())
			.orElseThrow(() -> new IllegalStateException("No PostgreSQL runs on " + dataDirectory));
		this.pgCtl = Path.of(postgresBinary).resolveSibling("pg_ctl");
	}

	/** Fast shutdown: open sessions are ended, committed work is checkpointed; returns once the server is down. */
	void stop() {
		pgCtl("stop", "-m", "fast");
	}

	/**
	 * Starts the server again with the options it last ran with ({@code postmaster.opts}: same port, same settings),
	 * and returns once it accepts connections. Its log goes to a file in the data folder.
	 */
	void start() {
		pgCtl("restart", "-l", dataDirectory.resolve("restarted.log").toString());
	}

	private void pgCtl(String action, String... options) {
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			// As the embedded server itself does: PostgreSQL refuses to run as root, so run it in a user namespace.
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(pgCtl.toString(), "-D", dataDirectory.toString(), "-w", "-t", "30", action));
		command.addAll(List.of(options));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("pg_ctl " + action + " failed: " + output);
			}
		}
		catch (IOException failure) {
			throw new IllegalStateException("Could not run pg_ctl " + action, failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running pg_ctl " + action, interrupted);
		}
	}
}
