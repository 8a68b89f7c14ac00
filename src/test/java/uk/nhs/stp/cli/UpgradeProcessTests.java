package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the last release (commit 487f408, schema v5; see
 * {@code fixtures/upgrade/README.md}) is upgraded in place by the packaged jar: it is backed up
 * first, migrated, and its history (runs, files, observations, scores) is all there; the next
 * night's run then goes on from it.
 */
class UpgradeProcessTests {

	private static final Path FIXTURE = Path.of("src/test/resources/fixtures/upgrade/release-487f408-db.tar.gz");

	@TempDir
	Path root;

	@Test
	void aDatabaseFromTheLastReleaseIsUpgradedInPlaceWithItsHistoryIntact() throws Exception {
		// given: an installation whose database folder holds the last release's database
		Installation stp = Installation.create(this.root);
		extract(FIXTURE, Files.createDirectories(stp.db()));
		// when: the operator asks for the status (the first command after installing the new release)
		Installation.Result status = stp.run("status");
		// then: the schema is upgraded, the old database kept as a backup, and the history is there
		assertThat(status.exit()).as(status.toString()).isZero();
		assertThat(status.out()).contains("run 2  COMPLETED").contains("run 1  COMPLETED")
			.contains("File ledger: 5 loaded; 12,745 observations loaded in all.");
		Path backup = onlyBackup(stp.backups());
		assertThat(backup.getFileName().toString()).endsWith("-before-upgrade-from-v5");
		assertThat(Files.readString(backup.resolve("stp.script"))).doesNotContain("SPC_CONCERN");
		try (Connection db = DriverManager.getConnection("jdbc:hsqldb:file:" + stp.db().resolve("stp")
				+ ";readonly=true;hsqldb.lock_file=false;shutdown=true", "SA", "")) {
			assertThat(single(db, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE")).isZero();
			assertThat(single(db, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '6'")).isOne();
			assertThat(single(db, "SELECT COUNT(*) FROM STP_AREA_SCORE WHERE JOB_INSTANCE_ID = 0")).isEqualTo(44);
			assertThat(single(db, "SELECT COUNT(*) FROM STP_AREA_SCORE WHERE JOB_INSTANCE_ID = 1")).isEqualTo(44);
			assertThat(single(db, "SELECT COALESCE(SUM(OBSERVATIONS), 0) FROM STP_OBSERVATION_BLOCK")).isEqualTo(12_745);
			assertThat(single(db, "SELECT COUNT(*) FROM STP_INGEST_EVENT")).isEqualTo(61);
			// V6 derived the new flag from the label the old release stored
			assertThat(single(db, "SELECT COUNT(*) FROM STP_METRIC_SCORE WHERE SPC_VARIATION IS NOT NULL AND SPC_CONCERN IS NULL"))
				.isZero();
			assertThat(single(db, "SELECT COUNT(*) FROM STP_METRIC_SCORE WHERE SPC_CONCERN")).isPositive();
		}
		// and the next nights go on from it: the file loaded by the release is known, and scoring runs
		Files.copy(Path.of("jobs/sample/late-returns-2019-03.csv"), stp.input().resolve("late-returns-again.csv"));
		Files.setLastModifiedTime(stp.input().resolve("late-returns-again.csv"),
				java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 600_000));
		Installation.Result next = stp.run("run");
		assertThat(next.exit()).as(next.toString()).isZero();
		assertThat(next.out()).contains("nightly run 3: nothing new").contains("1 duplicate");
		assertThat(stp.run("run", "--rescore").out()).contains("nightly run 4: COMPLETED")
			.contains("Areas:  3 intensive support");
	}

	private static long single(Connection db, String sql) throws SQLException {
		try (ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static Path onlyBackup(Path backups) throws IOException {
		try (Stream<Path> folders = Files.list(backups)) {
			return folders.reduce((a, b) -> {
				throw new AssertionError("more than one backup: " + a + ", " + b);
			}).orElseThrow();
		}
	}

	private static void extract(Path archive, Path folder) throws IOException {
		try (InputStream in = Files.newInputStream(archive);
				TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				Files.copy(tar, folder.resolve(Path.of(entry.getName()).getFileName().toString()));
			}
		}
	}

}
