package uk.nhs.stp.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every commit reach the disk before the commit returns. HSQLDB's default write delay
 * (500 ms) keeps the last half-second of commits in memory, so a process killed just after a commit
 * loses it, while what it did outside the database (moving files to the archive, writing the report)
 * stays done: the fault-injection tests found a kill -9 right after ingest losing the ledger entry of
 * a file already archived, and the restart then dropped that file's rows. {@code SET FILES WRITE
 * DELAY FALSE} syncs at each commit (a few milliseconds each; a run commits once per chunk and
 * step). It is a database setting HSQLDB keeps in its script, so it is applied at every start (a
 * database made by an earlier release gets it too). PostgreSQL is durable by default and its
 * settings are its administrator's: they are only checked, and named in the log if off.
 */
final class DurableCommits {

	private static final Logger log = LoggerFactory.getLogger(DurableCommits.class);

	private DurableCommits() {
	}

	static void apply(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			if (StoreVendor.of(connection) == StoreVendor.HSQLDB) {
				statement.execute("SET FILES WRITE DELAY FALSE");
				log.debug("HSQLDB: write delay off, every commit is synced");
			}
			else {
				checkServer(statement);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot make the database's commits durable: " + ex.getMessage(), ex);
		}
	}

	/**
	 * PostgreSQL's commits are durable unless its administrator turned that off; nothing is changed
	 * (the settings are the server's), but a server that may lose commits is named in the log.
	 */
	private static void checkServer(Statement statement) throws SQLException {
		String fsync = show(statement, "fsync");
		String synchronous = show(statement, "synchronous_commit");
		if ("off".equals(fsync) || "off".equals(synchronous)) {
			log.warn("PostgreSQL: fsync={}, synchronous_commit={}: a crash of the database server may lose the last "
					+ "commits while the files they recorded have already moved to the archive", fsync, synchronous);
		}
		else {
			log.info("PostgreSQL: commits are durable (fsync={}, synchronous_commit={}); no HSQLDB write-delay setting applies",
					fsync, synchronous);
		}
	}

	private static String show(Statement statement, String setting) throws SQLException {
		try (var rs = statement.executeQuery("SHOW " + setting)) {
			return rs.next() ? rs.getString(1) : "?";
		}
	}

}
