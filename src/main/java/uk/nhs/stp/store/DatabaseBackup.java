package uk.nhs.stp.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.nhs.stp.settings.BackupProperties;
import uk.nhs.stp.settings.FolderException;
import uk.nhs.stp.settings.OwnerOnlyFiles;
import uk.nhs.stp.settings.Progress;

/**
 * Backs the database up before each run with HSQLDB's own online backup,
 * {@code BACKUP DATABASE TO '<dir>/' BLOCKING AS FILES}: a checkpoint, then a consistent copy of
 * the database files into a new folder named by the time (and why), keeping the last
 * {@code stp.backup.keep}. {@code AS FILES} gives plain files (restore = copy them back, README) and
 * keeps HSQLDB's tar writer from printing on the console. The copy is made under a hidden name and
 * renamed when complete, so a backup cut off by a crash is never taken for a whole one. On
 * PostgreSQL no backup is taken, and the log says so: a server's backups are its administrator's
 * (pg_dump, base backups), and a client-side copy would be neither consistent nor restorable here.
 */
public class DatabaseBackup {

	private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");

	private static final String WHAT = "the backup folder (stp.backup.dir)";

	private final DataSource dataSource;

	private final BackupProperties properties;

	public DatabaseBackup(DataSource dataSource, BackupProperties properties) {
		this.dataSource = dataSource;
		this.properties = properties;
	}

	/**
	 * Takes a backup (unless turned off or not HSQLDB) and removes the oldest beyond the number kept.
	 * @param label why, e.g. "run-17", part of the backup's folder name
	 * @return the backup's folder
	 * @throws FolderException if the backup cannot be written (the run then does not start)
	 */
	public Optional<Path> beforeRun(String label) {
		if (this.properties.keep() == 0) {
			log.info("backup: off (stp.backup.keep=0)");
			return Optional.empty();
		}
		try (Connection connection = this.dataSource.getConnection()) {
			if (StoreVendor.of(connection) != StoreVendor.HSQLDB) {
				log.info("backup: not taken, the database is {} {}: back it up with its own tools (pg_dump, or the "
						+ "server's base backups and WAL archive; README, PostgreSQL)", StoreVendor.of(connection).label(),
						connection.getMetaData().getDatabaseProductVersion());
				return Optional.empty();
			}
			Path backup = backUp(connection, label);
			prune();
			return Optional.of(backup);
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
		catch (IOException ex) {
			throw FolderException.of(WHAT, this.properties.dir(), ex);
		}
	}

	private Path backUp(Connection connection, String label) throws SQLException, IOException {
		Path root = OwnerOnlyFiles.createDirectories(this.properties.dir()).toAbsolutePath();
		String name = freeName(root, LocalDateTime.now().format(NAME) + "-" + label);
		Path partial = root.resolve("." + name + ".partial");
		long started = System.nanoTime();
		try (var statement = connection.createStatement()) {
			statement.execute("BACKUP DATABASE TO '" + partial.toString().replace("'", "''") + "/' BLOCKING AS FILES");
		}
		catch (SQLException ex) {
			deleteRecursively(partial);
			throw ex;
		}
		try (Stream<Path> files = Files.list(partial)) {
			for (Path file : files.toList()) {
				OwnerOnlyFiles.restrictFile(file);
			}
		}
		OwnerOnlyFiles.restrictFolder(partial);
		Path backup = Files.move(partial, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
		Progress.line("Backed up the database to {} ({} in {} s)", backup, megabytes(backup),
				String.format("%.2f", (System.nanoTime() - started) / 1e9));
		return backup;
	}

	private static String freeName(Path root, String name) {
		String free = name;
		for (int n = 2; Files.exists(root.resolve(free)); n++) {
			free = name + "-" + n;
		}
		return free;
	}

	/** Keeps the newest {@code keep} backups (names sort by time) and clears backups cut off half-way. */
	private void prune() throws IOException {
		List<Path> backups;
		try (Stream<Path> entries = Files.list(this.properties.dir())) {
			backups = entries.filter(Files::isDirectory).sorted(Comparator.comparing(Path::getFileName)).toList();
		}
		List<Path> complete = backups.stream().filter(p -> !p.getFileName().toString().startsWith(".")).toList();
		for (Path stale : backups) {
			boolean cutOff = stale.getFileName().toString().endsWith(".partial");
			if (cutOff || complete.indexOf(stale) >= 0 && complete.indexOf(stale) < complete.size() - this.properties.keep()) {
				deleteRecursively(stale);
				log.info("backup: removed {}", stale);
			}
		}
	}

	private FolderException failure(SQLException ex) {
		Path dir = this.properties.dir().toAbsolutePath();
		if (FolderException.isDiskFull(ex)) {
			return new FolderException(WHAT + " " + dir + " is on a full disk: the database could not be backed up ("
					+ ex.getMessage() + "); free some space, or set stp.backup.keep=0 to run without a backup", ex);
		}
		return new FolderException("the database could not be backed up to " + WHAT + " " + dir + ": "
				+ ex.getMessage(), ex);
	}

	private static String megabytes(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			long bytes = files.mapToLong(p -> p.toFile().length()).sum();
			return String.format("%.1f MB", bytes / 1e6);
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
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
