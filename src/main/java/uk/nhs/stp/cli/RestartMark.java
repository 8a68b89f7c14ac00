package uk.nhs.stp.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * The mark, in the database folder, that the last run needs no restart: written (under the run
 * lock, after the database has shut down) by a process whose last job execution had ended COMPLETED
 * or ABANDONED, with the sizes and times of the database's files and of the application's jar. A
 * night that finds it still true, and no file waiting, knows it has nothing to do before anything
 * opens the database (opening and migrating it was most of such a night's time).
 * <p>
 * Every way the mark could lie makes it untrue instead: it is removed before any verb opens the
 * database, so a run cut off by a crash leaves none; a database changed since (restored from a
 * backup, opened by another tool) no longer has the recorded sizes and times; a new build of the
 * application runs from another jar. Only an HSQLDB file database inside the database folder has a
 * mark; with any other database every night opens it.
 */
final class RestartMark {

	static final String FILE_NAME = "nothing-to-restart";

	private static final Logger log = LoggerFactory.getLogger(RestartMark.class);

	private final Path dbDir;

	private final Path jar;

	RestartMark(Path dbDir, Path jar) {
		this.dbDir = dbDir;
		this.jar = jar;
	}

	/**
	 * The mark of the database the settings name, or null where marks are not kept: a database
	 * other than an HSQLDB file database, or an application not run from a single jar (a test's
	 * class folders change without a new jar).
	 */
	static RestartMark of(Environment environment) {
		String dbDir = environment.getProperty("stp.db-dir");
		String url = environment.getProperty("spring.datasource.url", "");
		String classPath = System.getProperty("java.class.path", "");
		if (dbDir == null || dbDir.isBlank() || !url.startsWith("jdbc:hsqldb:file:")
				|| classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
			return null;
		}
		Path jar = Path.of(classPath).toAbsolutePath();
		return Files.isRegularFile(jar) ? new RestartMark(Path.of(dbDir).toAbsolutePath().normalize(), jar) : null;
	}

	/** Whether the mark is there and still true of the database's files and the application. */
	boolean holds() {
		try {
			return Files.readString(file(), StandardCharsets.UTF_8).equals(state());
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Removes the mark before the database is opened (a read-only folder keeps it, and its files unchanged). */
	void remove() {
		try {
			Files.deleteIfExists(file());
		}
		catch (IOException ex) {
			log.debug("could not remove {}", file(), ex);
		}
	}

	/** Writes the mark once the database has shut down; a folder that cannot take it just has none. */
	void write() {
		Path temporary = this.dbDir.resolve("." + FILE_NAME + ".tmp");
		try {
			Files.writeString(temporary, state(), StandardCharsets.UTF_8);
			Files.move(temporary, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			log.debug("could not write {}", file(), ex);
		}
	}

	private Path file() {
		return this.dbDir.resolve(FILE_NAME);
	}

	/** The application's jar and every database file: name, size and modification time. */
	private String state() throws IOException {
		StringBuilder state = new StringBuilder(describe(this.jar, this.jar.toString()));
		try (Stream<Path> files = Files.list(this.dbDir)) {
			List<Path> database = files.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().equals(FILE_NAME)
						&& !p.getFileName().toString().equals(LockFile.FILE_NAME)
						&& !p.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
			for (Path file : database) {
				state.append(describe(file, file.getFileName().toString()));
			}
		}
		return state.toString();
	}

	private static String describe(Path file, String name) throws IOException {
		return name + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toInstant() + "\n";
	}

}
