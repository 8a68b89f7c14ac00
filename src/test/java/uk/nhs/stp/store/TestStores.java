package uk.nhs.stp.store;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import uk.nhs.stp.PostgresTestServer;

/**
 * An empty store on each database the application runs on, for tests of the SQL itself without
 * Spring: a HSQLDB file database in a temporary folder, or a fresh schema on the PostgreSQL test
 * server (a test of PostgreSQL is skipped, saying why, where there is no server). Migrated with the
 * application's own Flyway locations.
 */
final class TestStores {

	private TestStores() {
	}

	/** An opened store; close it to let the HSQLDB files go. */
	record Opened(StoreVendor vendor, DataSource dataSource) implements AutoCloseable {

		/** Flyway as the application configures it ({@code flyway/common} and {@code flyway/<vendor>}). */
		FluentConfiguration flyway() {
			return Flyway.configure()
				.dataSource(this.dataSource)
				.locations("classpath:flyway/common", "classpath:flyway/" + this.vendor.name().toLowerCase());
		}

		Opened migrated() {
			flyway().load().migrate();
			return this;
		}

		@Override
		public void close() {
			if (this.dataSource instanceof SingleConnectionDataSource single) {
				single.destroy();
			}
		}

	}

	/**
	 * @param folder where a HSQLDB store's files go
	 * @param schema the PostgreSQL schema (dropped and made anew)
	 */
	static Opened open(StoreVendor vendor, Path folder, String schema) {
		if (vendor == StoreVendor.HSQLDB) {
			return new Opened(vendor, new SingleConnectionDataSource(
					"jdbc:hsqldb:file:" + folder.resolve("stp") + ";hsqldb.default_table_type=cached", "SA", "", true));
		}
		PostgresTestServer.Server server = PostgresTestServer.require();
		return new Opened(vendor, server.dataSource(server.freshSchema(schema)));
	}

}
