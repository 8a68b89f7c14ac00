package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.stp.settings.FaultPoints;

/**
 * The operator's verbs on real crashes, through the launcher: status shows a run cut off by a
 * kill, recover marks it failed (or, with --abandon, gives it up), restart carries it on, each with
 * its message and exit code; backups are taken before each run, the last N kept, and one of them
 * restores the database as the README says.
 */
class OperationsProcessTests {

	private static final Map<String, String> SMALL_CHUNKS = Map.of("STP_INGEST_CHUNKSIZE", "1000");

	@TempDir
	Path root;

	@Test
	void recoverMarksACutOffRunFailedAndRestartCarriesItOn() throws Exception {
		Installation stp = cutOff("ingest.mid-file:2");
		Installation.Result status = stp.run("status");
		assertThat(status.exit()).isZero();
		assertThat(status.out()).contains("run 1  STARTED (cut off: its process is gone; run, restart or recover carries it on)");
		Installation.Result recovered = stp.run("recover");
		assertThat(recovered.exit()).as(recovered.toString()).isZero();
		assertThat(recovered.out()).contains("Run 1 (execution 0, started ")
			.contains("was cut off while STARTED (its process is gone); it is now marked FAILED.")
			.contains("jobs/nightly restart (or the next run) carries it on where it stopped");
		assertThat(stp.run("recover").out())
			.startsWith("Nothing to recover: the last run (run 1) ended FAILED. It was not cut off: restart carries it on");
		Installation.Result restarted = stp.run("restart");
		assertThat(restarted.exit()).as(restarted.toString()).isZero();
		assertThat(restarted.out()).contains("nightly run 1 (restarted): COMPLETED")
			.contains("Files:  4 loaded, 0 rejected, 0 duplicate, 0 still arriving")
			.contains("Rows:   12,744 accepted, 5 rejected, 56 missing");
		Installation.Result nothing = stp.run("restart");
		assertThat(nothing.exit()).isZero();
		assertThat(nothing.out()).startsWith("Nothing to restart: the last run (run 1) ended COMPLETED.");
		assertThat(stp.run("status").out()).contains("run 1  COMPLETED").contains("2 attempts");
	}

	@Test
	void recoverAbandonGivesACutOffRunUpAndTheNextRunReadsItsFilesAgain() throws Exception {
		Installation stp = cutOff("ingest.mid-file:2");
		Installation.Result abandoned = stp.run("recover", "--abandon");
		assertThat(abandoned.exit()).as(abandoned.toString()).isZero();
		assertThat(abandoned.out()).contains("it is now marked FAILED")
			.containsPattern("Run 1 is abandoned: [1-4] file\\(s\\) it had not finished loading dropped \\(the next run reads "
					+ "them again\\), its scores removed; files it loaded stay loaded\\. The next run starts afresh as run 2\\.");
		Installation.Result next = stp.run("run");
		assertThat(next.exit()).as(next.toString()).isZero();
		// (files are read two at a time: those run 1 finished before it was cut off stay loaded, and
		// run 2 sets their copies aside as duplicates; between them every file is loaded once)
		assertThat(next.out()).contains("nightly run 2: COMPLETED")
			.containsPattern("Files:  [1-4] loaded, 0 rejected, [0-3] duplicate");
		assertThat(stp.run("status").out()).contains("run 2  COMPLETED")
			.contains("run 1  ABANDONED")
			.containsPattern("File ledger: \\d ignored, 4 loaded; 12,744 observations loaded in all\\.");
		Installation.Result refused = stp.run("restart", "--abandon");
		assertThat(refused.exit()).isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
		assertThat(refused.err()).startsWith("stp-analytics: --abandon goes with recover");
	}

	@Test
	void backupsBeforeEachRunKeepTheLastNAndOneRestoresTheDatabase() throws Exception {
		// given: three runs, keeping two backups
		Installation stp = Installation.create(this.root).with("STP_BACKUP_KEEP", "2");
		stp.dropSample();
		assertThat(stp.run("run").out()).contains("nightly run 1: COMPLETED");
		drop(stp, "revision-a.csv", "area_code,metric,period,value\nE54000008,rtt_18wk,2019-03,81.5\n");
		assertThat(stp.run("run").out()).contains("nightly run 2: COMPLETED");
		drop(stp, "revision-b.csv", "area_code,metric,period,value\nE54000008,rtt_18wk,2019-03,82.5\n");
		Installation.Result third = stp.run("run");
		// then: each run said where its backup went; the oldest was removed
		assertThat(third.out()).containsPattern("Backed up the database to " + stp.backups() + "/\\S+-run-3 \\(\\d+\\.\\d MB in \\d+\\.\\d\\d s\\)");
		List<String> backups = names(stp.backups());
		assertThat(backups).hasSize(2).allMatch(name -> name.matches("\\d{4}-\\d\\d-\\d\\dT\\d{6}-run-[23]"));
		LauncherProcessTests.assertClosedToOthers(stp.backups());
		// when: the database is restored from the backup taken before run 3, as the README says
		Path beforeRun3 = stp.backups().resolve(backups.get(1));
		Files.move(stp.db(), stp.home.resolve("jobs/db-broken"));
		Files.createDirectories(stp.db());
		try (Stream<Path> files = Files.list(beforeRun3)) {
			for (Path file : files.toList()) {
				Files.copy(file, stp.db().resolve(file.getFileName()));
			}
		}
		// then: it is the database as it was after run 2; putting run 3's file back loads it again
		Installation.Result restored = stp.run("status");
		assertThat(restored.out()).contains("run 2  COMPLETED").doesNotContain("run 3")
			.contains("File ledger: 5 loaded; 12,745 observations loaded in all.");
		Path archived = stp.input().resolve("archive").resolve(java.time.LocalDate.now().toString()).resolve("revision-b.csv");
		Files.move(archived, stp.input().resolve("revision-b.csv"));
		assertThat(stp.run("run").out()).contains("nightly run 3: COMPLETED").contains("Files:  1 loaded");
	}

	/** An installed copy with the sample waiting, and a run killed with SIGKILL at the point. */
	private Installation cutOff(String point) throws Exception {
		Installation stp = Installation.create(this.root);
		SMALL_CHUNKS.forEach(stp::with);
		stp.dropSample();
		Installation.Running run = stp.start(stp.home, Map.of(FaultPoints.VARIABLE, point), "run");
		run.awaitOutput(FaultPoints.MARKER, Duration.ofSeconds(60));
		run.kill();
		return stp;
	}

	private static void drop(Installation stp, String name, String content) throws IOException {
		Path file = Files.writeString(stp.input().resolve(name), content);
		Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 600_000));
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

}
