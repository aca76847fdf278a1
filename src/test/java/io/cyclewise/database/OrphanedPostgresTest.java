package io.cyclewise.database;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OrphanedPostgresTest {

	@TempDir
	Path folder;

	@Test
	void findsAndStopsThePostgresRunningOnAFolder() throws Exception {
		Path data = Files.createDirectories(folder.resolve("data"));
		EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
		try {
			assertThat(OrphanedPostgres.postmaster(data)).isPresent();
			assertThat(OrphanedPostgres.stopIfRunning(data)).isTrue();
			assertThat(OrphanedPostgres.postmaster(data)).isEmpty();
		}
		finally {
			try {
				postgres.close();
			}
			catch (Exception alreadyStopped) {
				// stopped above, which is the point of the test
			}
		}
	}

	@Test
	void aFolderWithoutPostgresHasNoOrphan() {
		assertThat(OrphanedPostgres.postmaster(folder)).isEmpty();
		assertThat(OrphanedPostgres.stopIfRunning(folder)).isFalse();
	}
}
