package uk.nhs.stp.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.HsqlSequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;

import uk.nhs.stp.settings.ConfigurationException;

/**
 * The databases the store runs on: HSQLDB in a file (the embedded default) and PostgreSQL (chosen
 * by {@code spring.datasource.url}). The few operations that differ between them (backups,
 * checkpoints, durable commits, the run lock, sequences) ask here which one they are on; the SQL of
 * the DAOs is the same for both. Told apart by Spring Boot's {@link DatabaseDriver}, as Boot's
 * Flyway support does when it picks the {@code flyway/{vendor}} migrations.
 */
public enum StoreVendor {

	HSQLDB("HSQLDB"), POSTGRESQL("PostgreSQL");

	private final String label;

	StoreVendor(String label) {
		this.label = label;
	}

	/** The name people know it by. */
	public String label() {
		return this.label;
	}

	/**
	 * The store a JDBC URL names, before anything is connected (the run lock is taken first).
	 * @throws ConfigurationException if it names another database
	 */
	public static StoreVendor ofUrl(String url) {
		return of(DatabaseDriver.fromJdbcUrl(url), "spring.datasource.url names " + withoutParameters(url));
	}

	/** The store a data source is on (opens one connection to ask). */
	public static StoreVendor of(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return of(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot open the database: " + ex.getMessage(), ex);
		}
	}

	static StoreVendor of(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName();
		return of(DatabaseDriver.fromProductName(product), "the database is " + product);
	}

	private static StoreVendor of(DatabaseDriver driver, String what) {
		return switch (driver) {
			case HSQLDB -> HSQLDB;
			case POSTGRESQL -> POSTGRESQL;
			default -> throw new ConfigurationException(what + ", which stp-analytics does not run on: leave "
					+ "spring.datasource.url unset for the HSQLDB file database in stp.db-dir, or set it to a PostgreSQL "
					+ "database (jdbc:postgresql://host:port/database; README, PostgreSQL)");
		};
	}

	/**
	 * Next values of a sequence through Spring's incrementer for this database. Spring Batch's
	 * incrementer factory is not used: for HSQLDB it gives the table-and-identity incrementer its
	 * own job repository tables need, and the store's ids come from real sequences.
	 */
	DataFieldMaxValueIncrementer sequence(DataSource dataSource, String name) {
		return switch (this) {
			case HSQLDB -> new HsqlSequenceMaxValueIncrementer(dataSource, name);
			case POSTGRESQL -> new PostgresSequenceMaxValueIncrementer(dataSource, name);
		};
	}

	/** A JDBC URL without its parameters, which may hold a password: for messages and logs. */
	public static String withoutParameters(String url) {
		if (url == null) {
			return "(none)";
		}
		int cut = url.indexOf('?');
		int semicolon = url.startsWith("jdbc:hsqldb:") ? url.indexOf(';') : -1;
		int end = cut < 0 ? semicolon : semicolon < 0 ? cut : Math.min(cut, semicolon);
		return end < 0 ? url : url.substring(0, end);
	}

}
