package uk.nhs.stp.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/** Which database the store is on: HSQLDB gets its own backup, durability and checkpoint commands. */
final class Databases {

	private Databases() {
	}

	static boolean isHsqldb(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return isHsqldb(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot open the database: " + ex.getMessage(), ex);
		}
	}

	static boolean isHsqldb(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("hsql");
	}

}
