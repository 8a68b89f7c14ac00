package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job opens no network connection: the packaged jar runs the sample (every step: ingest, score,
 * report, the backup) and then status and export under {@link NoNetworkLauncher}, which refuses and
 * records every connection, name lookup, listen and accept. The one attempt made is the JDK's
 * font configuration (used by POI to size report columns) looking up this machine's own host
 * name to name its font cache file; refused, it falls back to "localhost" and the report is the
 * same. Nothing connects anywhere (strace on a whole run shows no connect() on an IP socket). And the
 * jar carries no log4j-core, so no logger can be made to look anything up.
 */
class NoNetworkProcessTests {

	@TempDir
	Path root;

	@Test
	void aWholeRunAttemptsNoConnectionNameLookupOrListen() throws Exception {
		Installation stp = Installation.create(this.root);
		Path classes = launcherClasses(this.root.resolve("no-network"));
		Path attempts = this.root.resolve("network-attempts.txt");
		for (String[] args : new String[][] { { "sample" }, { "status" }, { "export" } }) {
			List<String> command = new ArrayList<>(List.of(javaHome() + "/bin/java", "-Djava.security.manager=allow",
					"-Dstp.network-log=" + attempts, "-XX:TieredStopAtLevel=1", "-cp", classes + ":" + Installation.JAR,
					NoNetworkLauncher.class.getName()));
			command.addAll(List.of(args));
			Installation.Result result = Installation.Running.start(command, stp.home, Map.of()).finish(java.time.Duration.ofMinutes(2));
			assertThat(result.exit()).as(result.toString()).isZero();
		}
		for (String attempt : attempts(attempts)) {
			assertThat(attempt).as("the only network attempt allowed: the JDK font cache naming itself")
				.startsWith("java.lang.Throwable: connect " + java.net.InetAddress.getLocalHost().getHostName() + " (name lookup)")
				.contains("at java.base/java.net.InetAddress.getLocalHost(")
				.contains("at java.desktop/sun.font.FcFontConfiguration.getFcInfoFile(");
		}
		assertThat(stp.output()).isDirectoryContaining(p -> p.getFileName().toString().startsWith("stp-progress-"));
	}

	@Test
	void theJarHoldsNoLoggerThatCanLookThingsUp() throws IOException {
		try (JarFile jar = new JarFile(Installation.JAR.toFile())) {
			List<String> libraries = jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("BOOT-INF/lib/")).toList();
			assertThat(libraries).anyMatch(n -> n.contains("logback-classic"))
				.noneMatch(n -> n.contains("log4j-core"))
				.noneMatch(n -> n.contains("spring-web"));
		}
	}

	/** Each recorded attempt, with its stack. */
	private static List<String> attempts(Path log) throws IOException {
		if (!Files.exists(log)) {
			return List.of();
		}
		return List.of(Files.readString(log).split("(?=java\\.lang\\.Throwable: )"));
	}

	/** Only the launcher's own classes, so nothing else of the tests is on the jar's class path. */
	private static Path launcherClasses(Path folder) throws IOException {
		Path from = Path.of("target/test-classes/uk/nhs/stp/cli");
		Path to = Files.createDirectories(folder.resolve("uk/nhs/stp/cli"));
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.filter(p -> p.getFileName().toString().startsWith("NoNetworkLauncher")).toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
		return folder;
	}

	private static String javaHome() {
		return System.getProperty("java.home");
	}

}
