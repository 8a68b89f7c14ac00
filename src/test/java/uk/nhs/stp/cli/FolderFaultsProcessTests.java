package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.stp.settings.FaultPoints;

/**
 * Folders and disks that fail under the real launcher: the input or output folder missing or
 * read-only, the database folder read-only, the disk filling while the report or the database is
 * written. Each gives one clear message naming the folder and a non-zero exit code, loses nothing
 * already stored, and the next run after the fault is mended succeeds. Read-only folders and small
 * disks are real mounts ({@link Mounts}: root or CAP_SYS_ADMIN, else the test says it cannot run).
 */
class FolderFaultsProcessTests {

	@TempDir
	Path root;

	@Test
	void missingOrReadOnlyFoldersStopTheRunNamingThemAndTheNextRunAfterTheMendSucceeds() throws Exception {
		try (Mounts mounts = Mounts.orAbort(this.root)) {
			Installation stp = Installation.create(this.root);
			// input folder missing
			Files.delete(stp.input());
			assertRefused(stp.run("run"), "the input folder (stp.input-dir, --input) " + stp.input() + " does not exist");
			Files.createDirectories(stp.input());
			stp.dropSample();
			List<String> waiting = EndState.placement(stp.input());
			// output folder missing
			Files.delete(stp.output());
			assertRefused(stp.run("run"), "the output folder (stp.output-dir, --output) " + stp.output() + " does not exist");
			Files.createDirectories(stp.output());
			// input folder read-only (files cannot be moved out of it)
			mounts.readOnly(stp.input());
			assertRefused(stp.run("run"), "the input folder (stp.input-dir, --input) " + stp.input() + " is on a read-only file system");
			mounts.unmount(stp.input());
			// output folder read-only
			mounts.readOnly(stp.output());
			assertRefused(stp.run("run"), "the output folder (stp.output-dir, --output) " + stp.output() + " is on a read-only file system");
			mounts.unmount(stp.output());
			// nothing was run or moved by the refused runs; once mended, the run completes
			assertThat(EndState.placement(stp.input())).isEqualTo(waiting);
			assertThat(stp.run("status").out()).startsWith("No runs yet.");
			Installation.Result mended = stp.run("run");
			assertThat(mended.exit()).as(mended.toString()).isZero();
			assertThat(mended.out()).contains("nightly run 1: COMPLETED");
			// database folder read-only: refused before anything is read
			Path late = Files.writeString(stp.input().resolve("late-again.csv"),
					Files.readString(Path.of("jobs/sample/late-returns-2019-03.csv")) + "\n");
			Files.setLastModifiedTime(late, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 600_000));
			mounts.readOnly(stp.db());
			assertRefused(stp.run("run"), "the database folder " + stp.db() + " is on a read-only file system");
			mounts.unmount(stp.db());
			assertThat(late).exists();
			Installation.Result afterDb = stp.run("run");
			assertThat(afterDb.exit()).as(afterDb.toString()).isZero();
			assertThat(afterDb.out()).contains("nightly run 2: COMPLETED").contains("Files:  1 loaded");
			assertThat(stp.run("status").out()).contains("run 2  COMPLETED").contains("run 1  COMPLETED")
				.contains("File ledger: 5 loaded; 12,746 observations loaded in all.");
		}
	}

	@Test
	void aDiskThatFillsWhileTheReportIsWrittenFailsNamingTheFileAndTheRestartWritesItWhole() throws Exception {
		try (Mounts mounts = Mounts.orAbort(this.root)) {
			Installation stp = Installation.create(this.root);
			stp.dropSample();
			mounts.tmpfs(stp.output(), "200k");
			// when: the report does not fit
			Installation.Result full = stp.run("run");
			// then: exit 4, the file it could not write named; every visible file is whole
			assertThat(full.exit()).as(full.toString()).isEqualTo(ExitCodes.FOLDER_OR_DISK);
			assertThat(full.out()).containsPattern("Failed: step 'report': " + stp.output() + "/stp-progress-[-0-9a-z]+\\.xlsx: cannot be written: No space left on device");
			assertWhole(stp.output());
			// and what was stored is kept: the restart after the disk is enlarged only writes the report
			mounts.resize(stp.output(), "4m");
			Installation.Result mended = stp.run("run");
			assertThat(mended.exit()).as(mended.toString()).isZero();
			assertThat(mended.out()).contains("nightly run 1 (restarted): COMPLETED")
				.doesNotContain("ingest: started")
				.contains("Rows:   12,744 accepted, 5 rejected, 56 missing");
			assertWhole(stp.output());
			try (Stream<Path> reports = Files.list(stp.output())) {
				assertThat(reports.filter(p -> !p.getFileName().toString().startsWith("."))).hasSize(8);
			}
		}
	}

	@Test
	void aDiskThatFillsWhileTheDatabaseIsWrittenLosesNothingAndTheRunCarriesOnOnceMended() throws Exception {
		try (Mounts mounts = Mounts.orAbort(this.root)) {
			Installation stp = Installation.create(this.root).with("STP_INGEST_CHUNKSIZE", "1000");
			mounts.tmpfs(stp.db(), "4m");
			stp.dropSample();
			Installation.Result first = stp.run(stp.home, Map.of("STP_RUN_MINFREEMB", "0"), "run");
			assertThat(first.exit()).as(first.toString()).isZero();
			Path again = Files.writeString(stp.input().resolve("other-again.csv"),
					Files.readString(Path.of("jobs/sample/other-metrics-2016-19.csv")).replaceFirst("\n", " \n"));
			Files.setLastModifiedTime(again, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 600_000));
			// when: the disk is nearly full before a run, it is not started
			Path filler = fill(stp.db(), 20 * 1024);
			assertRefused(stp.run("run"), "the disk holding the database folder " + stp.db() + " has 0.0 MB free; this run needs at least");
			Files.delete(filler);
			// when: the disk fills half-way through reading a file
			Path resume = this.root.resolve("resume");
			Installation.Running run = stp.start(stp.home, Map.of("STP_RUN_MINFREEMB", "0", FaultPoints.VARIABLE,
					"ingest.mid-file:1", FaultPoints.RESUME, resume.toString()), "run");
			run.awaitOutput(FaultPoints.MARKER, Duration.ofSeconds(60));
			filler = fill(stp.db(), 20 * 1024);
			Files.createFile(resume);
			Installation.Result full = run.finish(Duration.ofMinutes(2));
			// then: the step fails naming the disk, and the file stays in the input folder
			assertThat(full.exit()).as(full.toString()).isEqualTo(ExitCodes.FOLDER_OR_DISK);
			// (whether a chunk's write meets the full disk in the ingest step, or the check before the
			// archive step moves anything does)
			assertThat(full.out()).containsAnyOf("Failed: step 'ingest", "Failed: step 'archive'").containsAnyOf(
					"the disk holding the database folder " + stp.db() + " filled up during the run",
					"is the disk holding the database folder full or read-only?");
			assertThat(again).exists();
			// and once space is freed the run carries on; the first run's history and every row are there, once
			Files.delete(filler);
			Installation.Result mended = stp.run(stp.home, Map.of("STP_RUN_MINFREEMB", "0"), "run");
			assertThat(mended.exit()).as(mended.toString()).isZero();
			assertThat(mended.out()).contains("nightly run 2 (restarted): COMPLETED").contains("Files:  1 loaded");
			assertThat(stp.run("status").out()).contains("run 2  COMPLETED").contains("run 1  COMPLETED")
				.contains("File ledger: 5 loaded; 20,424 observations loaded in all.");
			assertThat(again).doesNotExist();
		}
	}

	private static void assertRefused(Installation.Result result, String message) {
		assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCodes.FOLDER_OR_DISK);
		assertThat(result.err()).contains("stp-analytics: " + message).endsWith("[exit code 4]\n");
		assertThat(result.err().lines()).hasSize(1);
	}

	/** Fills the folder's disk, leaving {@code leave} bytes free; returns the filler file. */
	private static Path fill(Path folder, long leave) throws IOException {
		Path filler = folder.resolve("filler");
		long free = Files.getFileStore(folder).getUsableSpace();
		try (var out = Files.newOutputStream(filler)) {
			byte[] block = new byte[4096];
			for (long written = 0; written < free - leave; written += block.length) {
				out.write(block);
			}
		}
		return filler;
	}

	/** Every visible file in the folder is complete: workbooks open, CSVs end their last line; no temporary copies. */
	private static void assertWhole(Path output) throws IOException {
		try (Stream<Path> files = Files.list(output)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				assertThat(name).as("temporary copies are removed").doesNotEndWith(".part");
				if (name.endsWith(".xlsx")) {
					try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
						// a whole workbook ends with its Methodology and hidden chart data (packs: their profiles too)
						assertThat(book.getSheetName(0)).as(name).isEqualTo("Summary");
						assertThat(book.getSheet("Methodology")).as(name).isNotNull();
						assertThat(book.getSheet("Chart data")).as(name).isNotNull();
					}
				}
				else {
					assertThat(Files.readString(file)).as(name).endsWith("\n");
				}
			}
		}
	}

}
