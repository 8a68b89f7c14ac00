package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import uk.nhs.stp.settings.FaultPoints;

/**
 * An installed copy of stp-analytics in a temporary folder, as an operator would have it: the
 * {@code jobs/} folder and the packaged jar ({@code target/stp-analytics.jar}, built by Maven's
 * package phase before failsafe runs the {@code *ProcessTests}), no sources. Commands go through
 * the real launcher, {@code jobs/nightly}, as separate processes, from whatever folder a test
 * chooses.
 */
final class Installation {

	static final Path JAR = Path.of("target/stp-analytics.jar").toAbsolutePath();

	/** Quicker start-up for short test runs; the code run is the same. */
	private static final String JAVA_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	final Path home;

	private final Map<String, String> environment = new HashMap<>();

	private Installation(Path home) {
		this.home = home;
		this.environment.put("STP_JAVA_OPTS", JAVA_OPTS);
		this.environment.remove(FaultPoints.VARIABLE);
	}

	/** Installs a copy under {@code root/stp}, with empty {@code input/} and {@code output/} folders. */
	static Installation create(Path root) throws IOException {
		assertThat(JAR).as("the packaged jar (run the process tests with mvn verify, after package)").isRegularFile();
		Path home = Files.createDirectories(root.resolve("stp"));
		copyTree(Path.of("jobs"), home.resolve("jobs"));
		home.resolve("jobs/nightly").toFile().setExecutable(true);
		Files.createDirectories(home.resolve("target"));
		linkOrCopy(JAR, home.resolve("target/stp-analytics.jar"));
		Files.createDirectories(home.resolve("input"));
		Files.createDirectories(home.resolve("output"));
		return new Installation(home);
	}

	Path launcher() {
		return this.home.resolve("jobs/nightly");
	}

	Path input() {
		return this.home.resolve("input");
	}

	Path output() {
		return this.home.resolve("output");
	}

	Path db() {
		return this.home.resolve("jobs/db");
	}

	Path backups() {
		return this.home.resolve("jobs/db-backups");
	}

	Path logFile() {
		return this.home.resolve("logs/stp-analytics.log");
	}

	/** Sets an environment variable for every later command (e.g. a setting, STP_INGEST_CHUNKSIZE). */
	Installation with(String variable, String value) {
		this.environment.put(variable, value);
		return this;
	}

	/** Copies the shipped sample into the input folder, dated past the settle time, as sample does. */
	void dropSample() throws IOException {
		List<String> order = SampleData.deliveryOrder(Path.of("jobs/sample"));
		Instant first = Instant.now().minusSeconds(600);
		for (int i = 0; i < order.size(); i++) {
			Path copy = Files.copy(Path.of("jobs/sample", order.get(i)), input().resolve(order.get(i)));
			Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.from(first.plusSeconds(i)));
		}
	}

	/** Runs the launcher from the installation's folder and waits for it. */
	Result run(String... args) {
		return run(this.home, Map.of(), args);
	}

	/** Runs the launcher from {@code cwd} with extra environment variables, and waits for it. */
	Result run(Path cwd, Map<String, String> env, String... args) {
		Running running = start(cwd, env, args);
		return running.finish(TIMEOUT);
	}

	Running start(Path cwd, Map<String, String> env, String... args) {
		List<String> command = new ArrayList<>(List.of("bash", launcher().toString()));
		command.addAll(List.of(args));
		return Running.start(command, cwd, merged(env));
	}

	Map<String, String> merged(Map<String, String> env) {
		Map<String, String> all = new HashMap<>(this.environment);
		all.putAll(env);
		return all;
	}

	/** What a finished command printed and its exit code. */
	record Result(int exit, String out, String err) {

		@Override
		public String toString() {
			return "exit " + this.exit + "\n--- out\n" + this.out + "\n--- err\n" + this.err;
		}

	}

	/** A command running in the background, its output captured in files. */
	static final class Running {

		final Process process;

		private final Path out;

		private final Path err;

		private Running(Process process, Path out, Path err) {
			this.process = process;
			this.out = out;
			this.err = err;
		}

		static Running start(List<String> command, Path cwd, Map<String, String> env) {
			try {
				Path out = Files.createTempFile("stp-out-", ".txt");
				Path err = Files.createTempFile("stp-err-", ".txt");
				out.toFile().deleteOnExit();
				err.toFile().deleteOnExit();
				ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
					.redirectOutput(out.toFile())
					.redirectError(err.toFile())
					.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
				builder.environment().remove(FaultPoints.VARIABLE);
				builder.environment().putAll(env);
				return new Running(builder.start(), out, err);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		String out() {
			return read(this.out);
		}

		String err() {
			return read(this.err);
		}

		/** Waits until the output holds {@code text}; fails if the process ends or time runs out first. */
		void awaitOutput(String text, Duration timeout) throws InterruptedException {
			Instant deadline = Instant.now().plus(timeout);
			while (!out().contains(text)) {
				assertThat(this.process.isAlive()).as("process ended before printing '%s':%n%s%n%s", text, out(), err())
					.isTrue();
				assertThat(Instant.now()).as("waiting for '%s'", text).isBefore(deadline);
				Thread.sleep(50);
			}
		}

		/** SIGKILL: the process and the JVM it started die at once, without any shutdown hook. */
		void kill() throws InterruptedException {
			this.process.descendants().forEach(ProcessHandle::destroyForcibly);
			this.process.destroyForcibly();
			this.process.waitFor(30, TimeUnit.SECONDS);
			this.process.descendants().forEach(p -> p.onExit().join());
		}

		Result finish(Duration timeout) {
			try {
				if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
					kill();
					throw new AssertionError("timed out after " + timeout + ":\n" + out() + "\n" + err());
				}
				return new Result(this.process.exitValue(), out(), err());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}

		private static String read(Path file) {
			try {
				return Files.readString(file, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** A hard link where the file system allows (quick, and the temporary folder's clean-up leaves the jar), else a copy. */
	private static void linkOrCopy(Path file, Path target) throws IOException {
		try {
			Files.createLink(target, file);
		}
		catch (IOException | UnsupportedOperationException ex) {
			Files.copy(file, target);
		}
	}

	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path source : paths.toList()) {
				Path relative = from.relativize(source);
				if (relative.startsWith("db") || relative.startsWith("db-backups")) {
					continue;
				}
				Path target = to.resolve(relative.toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
