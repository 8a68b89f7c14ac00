package uk.nhs.stp.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import uk.nhs.stp.settings.ConfigurationException;
import uk.nhs.stp.store.StoreVendor;

/**
 * The run lock on PostgreSQL: a session-level advisory lock ({@code pg_try_advisory_lock}) held on a
 * connection of its own for as long as the verb runs. The server releases it when that session ends,
 * however the process ends (a killed process's connection is closed by its operating system), and it
 * holds across machines sharing the database, which a lock file could not. The lock is keyed by the
 * schema the store is in, so two stores in one database do not block each other. Who holds it is read
 * from the server's {@code pg_stat_activity}: the holder line is the session's {@code application_name}
 * (without the start time, which is the session's own start, to stay within its 63 characters).
 */
final class AdvisoryLock implements RunLock.Latch {

	/** The lock's first key, "STPA" in ASCII; the second is the schema's. */
	static final int APPLICATION_KEY = 0x53545041;

	private static final String PREFIX = "stp-analytics ";

	private static final String HOLDER = """
			SELECT a.application_name, a.backend_start, host(a.client_addr)
			FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
			WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
			  AND l.classid = CAST(? AS oid) AND l.objid = CAST(? AS oid) AND l.database = (
			    SELECT oid FROM pg_database WHERE datname = current_database())""";

	private final Connection connection;

	private final String database;

	private final int schemaKey;

	private boolean held;

	private AdvisoryLock(Connection connection, String database, int schemaKey) {
		this.connection = connection;
		this.database = database;
		this.schemaKey = schemaKey;
	}

	/**
	 * Connects to the database as the store will ({@code spring.datasource.*}).
	 * @throws ConfigurationException if the server refuses the user, the password or the database
	 * @throws RunLock.UnreachableException if the server cannot be reached
	 */
	static AdvisoryLock connect(String url, String username, String password) {
		String where = "the database " + StoreVendor.withoutParameters(url);
		// Boot's builder finds the driver from the URL as it does for the store's own pool
		DataSource dataSource = DataSourceBuilder.create(AdvisoryLock.class.getClassLoader())
			.type(SimpleDriverDataSource.class)
			.url(url)
			.username(username)
			.password(password)
			.build();
		try {
			Connection connection = dataSource.getConnection();
			connection.setAutoCommit(true);
			try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT current_schema()")) {
				String schema = rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
				AdvisoryLock lock = new AdvisoryLock(connection,
						where + (schema.equals("public") ? "" : " (schema " + schema + ")"), schema.hashCode() & Integer.MAX_VALUE);
				lock.describe("(waiting for the run lock)");
				return lock;
			}
		}
		catch (SQLException ex) {
			throw refused(where, username, ex);
		}
	}

	private static RuntimeException refused(String where, String username, SQLException ex) {
		String state = String.valueOf(ex.getSQLState());
		if (state.startsWith("28") || state.equals("3D000")) {
			return new ConfigurationException("PostgreSQL refused " + where + " to user '" + username + "': "
					+ ex.getMessage() + " (spring.datasource.url, spring.datasource.username, spring.datasource.password, "
					+ "or the variables SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD)");
		}
		return new RunLock.UnreachableException("cannot connect to " + where + ": " + ex.getMessage()
				+ "; is the server running, and reachable from this machine? Nothing was done", ex);
	}

	@Override
	public boolean tryTake() {
		try (PreparedStatement take = this.connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
			take.setInt(1, APPLICATION_KEY);
			take.setInt(2, this.schemaKey);
			try (ResultSet rs = take.executeQuery()) {
				this.held = rs.next() && rs.getBoolean(1);
				return this.held;
			}
		}
		catch (SQLException ex) {
			throw new RunLock.UnreachableException("cannot take the run lock in " + this.database + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public String holder() {
		try (PreparedStatement query = this.connection.prepareStatement(HOLDER)) {
			query.setInt(1, APPLICATION_KEY);
			query.setInt(2, this.schemaKey);
			try (ResultSet rs = query.executeQuery()) {
				return rs.next() ? holder(rs.getString(1), rs.getTimestamp(2), rs.getString(3)) : "a run that is just ending";
			}
		}
		catch (SQLException ex) {
			return "a run (the server cannot say which: " + ex.getMessage() + ")";
		}
	}

	/** "pid 4242, 'run', started 2026-11-24T02:30:01, run 17 (connected from 10.0.0.5)" from its parts. */
	static String holder(String applicationName, Timestamp started, String from) {
		String line = applicationName != null && applicationName.startsWith(PREFIX)
				? applicationName.substring(PREFIX.length()) : "a run (" + applicationName + ")";
		int verbEnd = line.indexOf('\'', line.indexOf('\'') + 1) + 1;
		if (started != null && verbEnd > 0) {
			line = line.substring(0, verbEnd) + ", started "
					+ started.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS) + line.substring(verbEnd);
		}
		return from == null ? line : line + " (connected from " + from + ")";
	}

	@Override
	public void describe(String line) {
		String name = PREFIX + line.replaceFirst(", started [^,]*", "");
		try (PreparedStatement set = this.connection.prepareStatement("SELECT set_config('application_name', ?, false)")) {
			set.setString(1, name);
			set.execute();
		}
		catch (SQLException ex) {
			// the line only informs others; the lock itself is what counts
		}
	}

	@Override
	public String database() {
		return this.database;
	}

	@Override
	public void release() {
		try {
			if (this.held) {
				try (PreparedStatement unlock = this.connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
					unlock.setInt(1, APPLICATION_KEY);
					unlock.setInt(2, this.schemaKey);
					unlock.execute();
				}
			}
			this.connection.close();
		}
		catch (SQLException ex) {
			// the server releases the lock when the session ends in any case
		}
	}

}
