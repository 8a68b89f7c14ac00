package uk.nhs.stp.cli;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.nhs.stp.settings.FolderException;
import uk.nhs.stp.settings.RunProperties;
import uk.nhs.stp.settings.StpProperties;
import uk.nhs.stp.store.DatabaseBackup;
import uk.nhs.stp.store.StoreVendor;

/**
 * What is checked and done before a run (or a restart) changes anything: the input and output
 * folders are usable, the disk holding the database has room, and the database is backed up. A
 * failed check is one message naming the folder, exit code 4, and nothing changed.
 */
@Component
class Preflight {

	private static final Logger log = LoggerFactory.getLogger(Preflight.class);

	private static final long MB = 1024 * 1024;

	private final StpProperties properties;

	private final RunProperties run;

	private final DatabaseBackup backup;

	private final boolean hsqldb;

	Preflight(StpProperties properties, RunProperties run, DatabaseBackup backup, DataSource dataSource) {
		this.properties = properties;
		this.run = run;
		this.backup = backup;
		this.hsqldb = StoreVendor.of(dataSource) == StoreVendor.HSQLDB;
	}

	/**
	 * @param waiting the files waiting in the input folder
	 * @param label why the backup is taken, e.g. "run-17"
	 */
	void beforeRun(List<String> waiting, String label) {
		Folders.checkInput(this.properties.inputDir());
		Folders.checkOutput(this.properties.outputDir());
		checkFreeSpace(waiting);
		this.backup.beforeRun(label);
	}

	/**
	 * The disk holding the database must have {@code stp.run.min-free-mb} free beyond three times
	 * the size of the files waiting (roughly what loading them can add to the database and its log).
	 * HSQLDB only: PostgreSQL's disk is the server's, and it fails a commit it cannot write.
	 */
	private void checkFreeSpace(List<String> waiting) {
		if (!this.hsqldb) {
			log.info("stp.run.min-free-mb not checked: the database is on a PostgreSQL server, whose disk is its own");
			return;
		}
		Path db = this.properties.dbDir();
		try {
			long input = 0;
			for (String name : waiting) {
				Path file = this.properties.inputDir().resolve(name);
				input += Files.isRegularFile(file) ? Files.size(file) : 0;
			}
			long needed = this.run.minFreeMb() * MB + 3 * input;
			FileStore store = Files.getFileStore(db);
			long free = store.getUsableSpace();
			if (free < needed) {
				throw new FolderException(String.format(
						"the disk holding the database folder %s has %.1f MB free; this run needs at least %.1f MB "
								+ "(stp.run.min-free-mb=%d, plus three times the %.1f MB of files waiting). "
								+ "Free some space; nothing was changed",
						db, free / (double) MB, needed / (double) MB, this.run.minFreeMb(), input / (double) MB));
			}
		}
		catch (IOException ex) {
			throw FolderException.of("the database folder (stp.db-dir, --db)", db, ex);
		}
	}

}
