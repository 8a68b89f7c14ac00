package uk.nhs.stp.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.nhs.stp.settings.FolderException;
import uk.nhs.stp.settings.StpProperties;

/**
 * A durability barrier before the run changes anything outside the database (moving input files
 * to the archive). On a full disk HSQLDB has been seen to accept commits that are gone when the
 * database is next opened, and to say so only later, if at all (FolderFaultsProcessTests fills a
 * small disk half-way through a run). So before the first file moves: the disk holding the database
 * must still have {@value #MARGIN_MB} MB free, and HSQLDB's {@code CHECKPOINT} (which writes its
 * data files) must succeed. If not, nothing moves: the files stay in the input folder and the next
 * run, once the disk is mended, carries on from what the database really holds. On PostgreSQL
 * neither applies, and the log says so once: its commits are durable when they return, it fails a
 * commit it cannot write rather than losing it, and its disk is the server's, not the one holding
 * {@code stp.db-dir}.
 */
@Component
public class DatabaseCheckpoint {

	private static final Logger log = LoggerFactory.getLogger(DatabaseCheckpoint.class);

	/** Free space below which the disk is taken to have filled during the run. */
	static final long MARGIN_MB = 1;

	private final JdbcClient jdbc;

	private final boolean hsqldb;

	private final Path dbDir;

	public DatabaseCheckpoint(DataSource dataSource, JdbcClient jdbc, StpProperties properties) {
		this.jdbc = jdbc;
		this.hsqldb = StoreVendor.of(dataSource) == StoreVendor.HSQLDB;
		this.dbDir = properties.dbDir();
		if (!this.hsqldb) {
			log.info("PostgreSQL: no CHECKPOINT and no check of the disk holding {} before files move (the server's "
					+ "commits are durable, and its disk is its own)", this.dbDir);
		}
	}

	/**
	 * The barrier before files move: room on the disk, then HSQLDB's checkpoint (nothing on PostgreSQL).
	 * @throws FolderException if the database's disk is full
	 * @throws org.springframework.dao.DataAccessException if the database cannot write its files
	 */
	public void checkpoint() {
		requireRoom();
		if (this.hsqldb) {
			this.jdbc.sql("CHECKPOINT").update();
		}
	}

	/**
	 * Fails if the disk holding the database has filled during the run. The ingest step calls it
	 * when its input is exhausted, so the step fails (and is restarted from what was really stored)
	 * rather than completing on commits the database may have lost. Nothing is checked on PostgreSQL.
	 * @throws FolderException if the database's disk is full
	 */
	public void requireRoom() {
		if (!this.hsqldb) {
			return;
		}
		try {
			long free = Files.getFileStore(this.dbDir).getUsableSpace();
			if (free < MARGIN_MB * 1024 * 1024) {
				throw new FolderException("the disk holding the database folder " + this.dbDir + " filled up during the run ("
						+ free / 1024 + " KB free): the database may not have recorded what was loaded, so no file was "
						+ "moved out of the input folder. Free some space and run again: the run carries on from what "
						+ "the database holds");
			}
		}
		catch (IOException ex) {
			throw FolderException.of("the database folder (stp.db-dir, --db)", this.dbDir, ex);
		}
	}

}
