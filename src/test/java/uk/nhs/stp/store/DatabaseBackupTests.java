package uk.nhs.stp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.stp.settings.BackupProperties;

/**
 * The backup on a real HSQLDB file database: a complete copy in a folder of its own, the oldest
 * removed beyond the number kept, and nothing at all (but a log line) for a database that is not
 * HSQLDB or when backups are off.
 */
class DatabaseBackupTests {

	@TempDir
	Path folder;

	@Test
	void keepsTheLastNCompleteBackupsOfAnHsqldbDatabase() throws Exception {
		JDBCDataSource hsqldb = new JDBCDataSource();
		hsqldb.setUrl("jdbc:hsqldb:file:" + this.folder.resolve("db/stp") + ";shutdown=true");
		hsqldb.setUser("SA");
		try (Connection c = hsqldb.getConnection()) {
			c.createStatement().execute("CREATE TABLE T (X INT)");
			c.createStatement().execute("INSERT INTO T VALUES (42)");
			DatabaseBackup backup = new DatabaseBackup(hsqldb, new BackupProperties(this.folder.resolve("backups"), 2));
			Path first = backup.beforeRun("run-1").orElseThrow();
			backup.beforeRun("run-2");
			Path third = backup.beforeRun("run-3").orElseThrow();
			assertThat(names(this.folder.resolve("backups"))).hasSize(2).allMatch(n -> n.endsWith("-run-2") || n.endsWith("-run-3"));
			assertThat(first).doesNotExist();
			assertThat(names(third)).contains("stp.script", "stp.properties");
			assertThat(Files.readString(third.resolve("stp.script"))).contains("INSERT INTO T VALUES(42)");
		}
	}

	@Test
	void aDatabaseThatIsNotHsqldbOrBackupsTurnedOffAreSkipped() {
		Path backups = this.folder.resolve("backups");
		assertThat(new DatabaseBackup(product("PostgreSQL"), new BackupProperties(backups, 7)).beforeRun("run-1")).isEmpty();
		assertThat(new DatabaseBackup(product("HSQL Database Engine"), new BackupProperties(backups, 0)).beforeRun("run-1"))
			.isEmpty();
		assertThat(backups).doesNotExist();
	}

	/** A data source that only says which database it is (the skip must not touch anything else). */
	private static DataSource product(String name) {
		DatabaseMetaData meta = (DatabaseMetaData) Proxy.newProxyInstance(DatabaseMetaData.class.getClassLoader(),
				new Class<?>[] { DatabaseMetaData.class }, (p, m, a) -> m.getName().equals("getDatabaseProductName") ? name : null);
		Connection connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (p, m, a) -> m.getName().equals("getMetaData") ? meta : null);
		return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
				(p, m, a) -> m.getName().equals("getConnection") ? connection : null);
	}

	private static List<String> names(Path folder) throws Exception {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

}
