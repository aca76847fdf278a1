package io.cyclewise.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a PostgreSQL left running on our data folder by an earlier run that was killed, and stops it. PostgreSQL
 * writes its process id to the first line of {@code postmaster.pid} in the data folder.
 */
final class OrphanedPostgres {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private OrphanedPostgres() {
	}

	/**
	 * Stops the PostgreSQL running on the folder unless a live Cyclewise still owns it: the embedded server's lock
	 * file ({@code epg-lock}) is held by the JVM that started it, and is free once that JVM is gone.
	 */
	static void stopIfOrphaned(Path dataDirectory) {
		Path lockFile = dataDirectory.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock != null) {
				stopIfRunning(dataDirectory);
			}
		}
		catch (IOException | OverlappingFileLockException unknown) {
			log.debug("Could not check {} for a PostgreSQL left running", dataDirectory, unknown);
		}
	}

	/** @return true when a PostgreSQL was found on the folder and has stopped */
	static boolean stopIfRunning(Path dataDirectory) {
		Optional<ProcessHandle> orphan = postmaster(dataDirectory);
		if (orphan.isEmpty()) {
			return false;
		}
		ProcessHandle process = orphan.get();
		log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", process.pid(), dataDirectory);
		process.destroy();
		Instant deadline = Instant.now().plus(PATIENCE);
		while (process.isAlive() && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return !process.isAlive();
	}

	static Optional<ProcessHandle> postmaster(Path dataDirectory) {
		try {
			List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
			long pid = Long.parseLong(lines.get(0).trim());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
				.filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
		}
		catch (IOException | RuntimeException noOrphan) {
			return Optional.empty();
		}
	}
}
