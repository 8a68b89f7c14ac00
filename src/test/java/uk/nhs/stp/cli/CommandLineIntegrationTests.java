package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.stp.StpAnalyticsApplication;

/**
 * The command line as operators use it, in process: verbs, options, the summary and exit codes,
 * on a real HSQLDB file database in a temporary folder.
 */
class CommandLineIntegrationTests {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void separateLogFile() {
		System.setProperty("logging.file.name", this.folder.resolve("cli.log").toString());
	}

	@AfterEach
	void clearProperties() {
		System.clearProperty("logging.file.name");
		System.clearProperty("stp.scoring-model");
		System.clearProperty("stp.ingest.chunk-size");
	}

	@Test
	void anUnknownOptionIsBadUsage() {
		assertThat(execute("run", "--inptu", "x")).isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
		assertThat(err()).contains("unknown option '--inptu'").contains("Usage: jobs/nightly");
	}

	@Test
	void anUnknownVerbIsBadUsage() {
		assertThat(execute("runn")).isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
		assertThat(err()).contains("unknown command 'runn'");
	}

	@Test
	void helpPrintsUsage() {
		assertThat(execute("help")).isZero();
		assertThat(out()).contains("Exit codes: 0");
	}

	@Test
	void aBadScoringModelIsExitCodeTwoNamingFileLineAndKey() throws Exception {
		Path model = this.folder.resolve("model.yml");
		Files.writeString(model, Files.readString(Path.of("jobs/scoring-model.yml")).replace("window_months: 24", "window_months: 1"));
		System.setProperty("stp.scoring-model", model.toString());
		assertThat(execute("run", "--db", this.folder.resolve("db").toString())).isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
		assertThat(err()).contains("bad configuration").contains(model.toString()).contains("thresholds.window_months");
	}

	@Test
	void aBadSettingIsExitCodeTwoNamingTheKey() {
		System.setProperty("stp.ingest.chunk-size", "0");
		assertThat(execute("run", "--db", this.folder.resolve("db").toString())).isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
		assertThat(err()).contains("stp.ingest").contains("chunk-size must be at least 1");
	}

	@Test
	void runsTheSampleThenFindsNothingNew() throws Exception {
		String[] folders = { "--input", this.folder.resolve("in").toString(), "--output",
				this.folder.resolve("out").toString(), "--db", this.folder.resolve("db").toString() };
		assertThat(execute(concat("sample", folders))).isZero();
		assertThat(out()).contains("COMPLETED")
			.contains("Files:  4 loaded, 0 rejected, 0 duplicate, 0 still arriving")
			.contains("5 rejected")
			.contains("intensive support")
			.contains("Report: ");
		this.out.reset();
		assertThat(execute(concat("run", folders))).isZero();
		assertThat(out()).startsWith("Nothing new");
		this.out.reset();
		assertThat(execute(concat("status", folders))).isZero();
		assertThat(out()).contains("run 1").contains("COMPLETED").contains("File ledger: 4 loaded");
		try (Stream<Path> reports = Files.list(this.folder.resolve("out"))) {
			assertThat(reports.map(p -> p.getFileName().toString()).sorted(Comparator.naturalOrder()))
				.hasSize(8)
				.anyMatch(name -> name.startsWith("stp-progress-") && name.endsWith("-london.xlsx"))
				.anyMatch(name -> name.startsWith("stp-progress-") && name.endsWith(".xlsx"))
				.anyMatch(name -> name.startsWith("metric-scores-") && name.endsWith(".csv"));
		}
	}

	@Test
	void aFailedRunExitsOneAndTheNextRunRestartsIt() throws IOException {
		// given: a folder where the report's workbook should go, so the report step fails
		Path output = Files.createDirectories(this.folder.resolve("out"));
		Path blocker = Files.createDirectories(output.resolve("stp-progress-" + java.time.LocalDate.now() + ".xlsx/in-the-way"));
		String[] folders = { "--input", this.folder.resolve("in").toString(), "--output", output.toString(), "--db",
				this.folder.resolve("db").toString() };
		assertThat(execute(concat("sample", folders))).isEqualTo(ExitCodes.FAILED);
		assertThat(out()).contains("FAILED").contains("step 'report'").contains("Run the same command again");
		Files.delete(blocker);
		Files.delete(blocker.getParent());
		this.out.reset();
		assertThat(execute(concat("run", folders))).isZero();
		assertThat(out()).contains("(restarted)").contains("COMPLETED");
	}

	@Test
	void anOutputFolderThatIsAFileStopsTheRunBeforeItStarts() throws IOException {
		Path output = this.folder.resolve("out");
		Files.writeString(output, "a file where the output folder should be");
		Path input = Files.createDirectories(this.folder.resolve("in"));
		Files.copy(Path.of("jobs/sample/late-returns-2019-03.csv"), input.resolve("late.csv"));
		assertThat(execute("run", "--input", input.toString(), "--output", output.toString(), "--db",
				this.folder.resolve("db").toString())).isEqualTo(ExitCodes.FOLDER_OR_DISK);
		assertThat(err()).contains("the output folder (stp.output-dir, --output) " + output + " does not exist")
			.doesNotContain("Exception");
		assertThat(input.resolve("late.csv")).exists();
	}

	@Test
	void checkShowsHowAFileWouldBeReadWithoutAStore() {
		Path db = this.folder.resolve("never-created");
		assertThat(execute("check", "jobs/sample/late-returns-2019-03.csv", "--db", db.toString()))
			.isEqualTo(ExitCodes.FAILED);
		assertThat(out()).contains("long, header in row 1, area in column A, metric in column B")
			.contains("would load 2 observations")
			.contains("rejected (unknown_area): cell A4: unknown area 'E54000099'");
		assertThat(db).doesNotExist();
		this.out.reset();
		assertThat(execute("check", "jobs/sample/other-metrics-2016-19.csv", "--db", db.toString())).isZero();
		assertThat(out()).contains("would load 7,680 observations; 33 missing values");
	}

	private int execute(String... args) {
		return new CommandLine(StpAnalyticsApplication.class, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.execute(args);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private static String[] concat(String verb, String[] options) {
		String[] args = new String[options.length + 1];
		args[0] = verb;
		System.arraycopy(options, 0, args, 1, options.length);
		return args;
	}

}
