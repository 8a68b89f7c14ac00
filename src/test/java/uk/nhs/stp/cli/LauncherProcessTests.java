package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as a new user meets it, run as a separate process from an installed copy: paths
 * typed on the command line are relative to the folder the command is typed in, settings relative
 * to the project; the console shows progress lines and the summary, the log file everything; a
 * typing mistake in the scoring model is one line; what the job creates is closed to others.
 */
class LauncherProcessTests {

	@TempDir
	Path root;

	@Test
	void checkReadsAFileRelativeToTheFolderTheCommandIsTypedIn() throws IOException {
		Installation stp = Installation.create(this.root);
		Path data = Files.createDirectories(this.root.resolve("data"));
		Files.copy(Path.of("jobs/sample/late-returns-2019-03.csv"), data.resolve("myfile.csv"));
		Installation.Result result = stp.run(data, Map.of(), "check", "myfile.csv", "missing.csv");
		assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
		assertThat(result.out()).contains(data.resolve("myfile.csv") + "\n")
			.contains("would load 2 observations")
			.doesNotContain("myfile.csv: no such file")
			.contains(data.resolve("missing.csv") + ": no such file");
	}

	@Test
	void runTakesFoldersRelativeToTheCallerSettingsRelativeToTheProjectAndTalksInProgressLines() throws IOException {
		// given: an installed copy, and an operator in a folder of their own, outside it
		Installation stp = Installation.create(this.root);
		Path data = Files.createDirectories(this.root.resolve("data"));
		// when: they run the sample with folders named relative to where they are
		Installation.Result result = stp.run(data, Map.of(), "sample", "--input", "in", "--output", "out", "--db", "db");
		// then: the folders are theirs, the settings (model, register, mappings) the project's
		assertThat(result.exit()).as(result.toString()).isZero();
		assertThat(data.resolve("in/archive")).isDirectory();
		assertThat(data.resolve("db/stp.script")).isRegularFile();
		assertThat(data.resolve("out")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("stp-progress-"));
		assertThat(result.out()).contains("Report: " + data.resolve("out"));
		// and the console holds progress lines and the summary, never a logger line; the log has them all
		List<String> lines = result.out().lines().toList();
		assertThat(lines).contains("ingest: reading acute-performance-2016-19.xlsx (1 of 4, 164,387 bytes)",
				"score: started", "report: started")
			.anyMatch(line -> line.startsWith("stp-analytics nightly run 1: COMPLETED"))
			.noneMatch(line -> line.matches("^\\d{4}-\\d\\d-\\d\\dT.*") || line.contains(" INFO ")
					|| line.contains("o.f.core") || line.contains("--- ["));
		assertThat(result.err()).isEmpty();
		String log = Files.readString(stp.logFile());
		assertThat(log).containsPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}.* INFO .*o\\.f\\.core\\.internal\\.command\\.DbMigrate")
			.containsPattern("INFO .*stp\\.progress +: ingest: reading acute-performance-2016-19.xlsx");
		// and nothing the job created can be read by others (the launcher's umask 007)
		for (Path folder : List.of(data.resolve("db"), data.resolve("db-backups"), data.resolve("out"), stp.logFile().getParent())) {
			assertClosedToOthers(folder);
		}
		// and the next night, with nothing new, knows it before the database is opened
		Installation.Result next = stp.run(data, Map.of(), "run", "--input", "in", "--output", "out", "--db", "db");
		assertThat(next.exit()).as(next.toString()).isZero();
		assertThat(next.out()).startsWith("Nothing new: no files are waiting in " + data.resolve("in"));
		assertThat(Files.readString(stp.logFile())).contains("nothing new, known before the database was opened");
	}

	@Test
	void aTypingMistakeInTheScoringModelIsOneLineNamingFileLineAndKey() throws IOException {
		Installation stp = Installation.create(this.root);
		Path model = stp.home.resolve("jobs/scoring-model.yml");
		Files.writeString(model, Files.readString(model).replace("  window_months:", "  windw_months:"));
		Installation.Result result = stp.run("run");
		assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
		assertThat(result.out()).isEmpty();
		assertThat(result.err().lines().toList()).singleElement()
			.asString()
			.startsWith("stp-analytics: bad configuration: jobs/scoring-model.yml line 6: thresholds.windw_months: unknown key")
			.endsWith("[exit code 2]");
		assertThat(Files.readString(stp.logFile())).contains("windw_months").contains("\tat org.springframework");
	}

	@Test
	void anUnknownVerbIsBadUsageWithTheUsageText() throws IOException {
		Installation stp = Installation.create(this.root);
		Installation.Result result = stp.run("runn");
		assertThat(result.exit()).isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
		assertThat(result.err()).startsWith("stp-analytics: unknown command 'runn'").contains("Exit codes: 0");
	}

	@Test
	void theCrontabLineRunsWithCronsEnvironmentFromTheHomeFolderWithNoTerminal() throws Exception {
		// given: the shipped crontab line, pointed at an installed copy, and files waiting
		Installation stp = Installation.create(this.root);
		stp.dropSample();
		Files.createDirectories(stp.home.resolve("logs"));
		String line = Files.readAllLines(Path.of("jobs/crontab.example"))
			.stream()
			.filter(l -> !l.isBlank() && !l.startsWith("#"))
			.findFirst()
			.orElseThrow();
		String command = line.trim().split("\\s+", 6)[5].replace("/opt/stp-analytics", stp.home.toString());
		Path home = Files.createDirectories(this.root.resolve("home"));
		// when: it runs as cron runs it: a new session (no controlling terminal), cron's environment, from home
		Installation.Result result = unattended(home, command);
		// then: the run completes and its console lines are in the cron log
		assertThat(result.exit()).as(result.toString()).isZero();
		assertThat(Files.readString(stp.home.resolve("logs/cron.log"))).contains("nightly run 1: COMPLETED");
		assertThat(stp.db().resolve("stp.script")).exists();
	}

	@Test
	void theSystemdServiceRunsItsCommandFromItsWorkingFolderWithItsUmaskAndNoTerminal() throws Exception {
		Installation stp = Installation.create(this.root);
		stp.dropSample();
		List<String> unit = Files.readAllLines(Path.of("jobs/systemd/stp-analytics.service"));
		String workingDirectory = setting(unit, "WorkingDirectory");
		String umask = setting(unit, "UMask");
		String exec = setting(unit, "ExecStart").replace("/opt/stp-analytics", stp.home.toString());
		assertThat(workingDirectory).isEqualTo("/");
		assertThat(umask).isEqualTo("0007");
		assertThat(setting(Files.readAllLines(Path.of("jobs/systemd/stp-analytics.timer")), "Unit"))
			.isEqualTo("stp-analytics.service");
		// as systemd starts it: no terminal, a bare environment, the unit's folder and umask (the test's
		// own umask is put back to 022 first, so it is the unit's that closes the files)
		Installation.Result result = unattended(Path.of(workingDirectory), "umask 022; umask " + umask + "; exec " + exec);
		assertThat(result.exit()).as(result.toString()).isZero();
		assertThat(result.out()).contains("nightly run 1: COMPLETED");
		assertClosedToOthers(stp.db());
		// the output folder is the operator's (made by the test); what the job wrote in it is closed
		try (Stream<Path> reports = Files.list(stp.output())) {
			for (Path report : reports.toList()) {
				assertClosedToOthers(report);
			}
		}
	}

	/** Runs a shell command as a scheduler would: a new session, a bare environment, stdin from /dev/null. */
	private static Installation.Result unattended(Path cwd, String command) {
		Map<String, String> bare = Map.of();
		List<String> line = List.of("setsid", "--wait", "env", "-i", "PATH=/usr/bin:/bin", "SHELL=/bin/sh",
				"HOME=" + cwd, "JAVA_HOME=" + System.getProperty("java.home"), "sh", "-c", command);
		return Installation.Running.start(line, cwd, bare).finish(java.time.Duration.ofMinutes(2));
	}

	private static String setting(List<String> unit, String key) {
		return unit.stream()
			.filter(l -> l.startsWith(key + "="))
			.map(l -> l.substring(key.length() + 1).trim())
			.findFirst()
			.orElseThrow(() -> new AssertionError(key + " not in the unit"));
	}

	static void assertClosedToOthers(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.filter(p -> !Files.isSymbolicLink(p)).toList()) {
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
				assertThat(permissions).as(path.toString())
					.doesNotContain(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
							PosixFilePermission.OTHERS_EXECUTE);
			}
		}
	}

}
