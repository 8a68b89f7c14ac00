package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mark that nothing needs restarting holds only while the database's files and the jar are as it recorded. */
class RestartMarkTests {

	@TempDir
	Path root;

	Path db;

	Path jar;

	RestartMark mark;

	@BeforeEach
	void database() throws Exception {
		this.db = Files.createDirectories(this.root.resolve("db"));
		Files.writeString(this.db.resolve("stp.script"), "CREATE SCHEMA");
		Files.writeString(this.db.resolve("stp.properties"), "version=2.7");
		this.jar = Files.writeString(this.root.resolve("stp-analytics.jar"), "jar");
		this.mark = new RestartMark(this.db, this.jar);
	}

	@Test
	void holdsOnceWrittenAndNotBeforeOrOnceRemoved() {
		assertThat(this.mark.holds()).isFalse();
		this.mark.write();
		assertThat(this.mark.holds()).isTrue();
		this.mark.remove();
		assertThat(this.mark.holds()).isFalse();
	}

	@Test
	void aDatabaseFileChangedOrAddedSinceMakesItUntrue() throws Exception {
		this.mark.write();
		Files.writeString(this.db.resolve("stp.log"), "INSERT");
		assertThat(this.mark.holds()).isFalse();

		this.mark.write();
		Files.setLastModifiedTime(this.db.resolve("stp.script"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
		assertThat(this.mark.holds()).isFalse();
	}

	@Test
	void aNewBuildOfTheApplicationMakesItUntrueButTheRunLockDoesNot() throws Exception {
		this.mark.write();
		Files.writeString(this.db.resolve(LockFile.FILE_NAME), "run 7");
		assertThat(this.mark.holds()).isTrue();

		Files.writeString(this.jar, "a new build");
		assertThat(this.mark.holds()).isFalse();
	}

}
