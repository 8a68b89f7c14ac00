package uk.nhs.stp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * The migrations are laid out so that Flyway finds each store's, and existing databases still
 * validate: every migration is in {@code flyway/common} (the same SQL for both stores) or in both
 * {@code flyway/hsqldb} and {@code flyway/postgresql} under the same version; nothing is left at the
 * top of {@code flyway/}, where the application no longer looks (a migration merged there would be
 * silently skipped); the HSQLDB migrations keep the checksums their databases recorded; and V1 is
 * Spring Batch's own job repository schema for each store.
 */
class MigrationLayoutTests {

	private static final Path SQL = Path.of("src/main/resources/flyway");

	private static final Path JAVA = Path.of("src/main/java/flyway");

	/**
	 * Flyway's checksums of the HSQLDB migrations as released (taken at 80b6b82, before they moved
	 * into folders; V12 as main released it at the top of flyway/): a changed byte would fail the
	 * validation of every existing database. V4 is a Java migration, which has none. New versions are
	 * added here as they are released.
	 */
	private static final Map<String, Integer> RELEASED = Map.of("1", 1283623805, "2", -157800849, "3", 691424339, "5",
			250213710, "6", -737201385, "7", 484656855, "8", -103334003, "11", 798370134, "12", 1376035643);

	@TempDir
	Path folder;

	@Test
	void everyMigrationIsInCommonOrInBothStoresFoldersUnderOneVersion() throws IOException {
		assertThat(files(SQL, 1)).as("migrations at the top of %s, where Flyway no longer looks", SQL).isEmpty();
		assertThat(files(JAVA, 1)).as("Java migrations outside flyway.common and the stores' packages").isEmpty();
		Set<String> common = versions("common");
		Set<String> hsqldb = versions("hsqldb");
		Set<String> postgresql = versions("postgresql");
		assertThat(hsqldb).as("versions only one store has").isEqualTo(postgresql);
		assertThat(common).as("versions both in common and a store's folder").doesNotContainAnyElementsOf(hsqldb);
		assertThat(common).contains("4", "6", "11");
		assertThat(hsqldb).contains("1", "2");
	}

	@Test
	void theStoresFoldersAreTheNamesBootGivesTheDatabasesForVendor() {
		for (StoreVendor vendor : StoreVendor.values()) {
			assertThat(DatabaseDriver.valueOf(vendor.name()).getId()).isEqualTo(vendor.name().toLowerCase());
			assertThat(SQL.resolve(vendor.name().toLowerCase())).isDirectory();
		}
	}

	@Test
	void theHsqldbMigrationsKeepTheChecksumsExistingDatabasesRecorded() {
		try (TestStores.Opened store = TestStores.open(StoreVendor.HSQLDB, this.folder, null)) {
			Map<String, Integer> checksums = new TreeMap<>();
			for (MigrationInfo info : store.flyway().load().info().all()) {
				checksums.put(info.getVersion().getVersion(), info.getChecksum());
			}
			assertThat(checksums).containsAllEntriesOf(RELEASED).containsEntry("4", null);
		}
	}

	@Test
	void v1IsSpringBatchsOwnJobRepositorySchemaForEachStore() throws IOException {
		for (String vendor : new String[] { "hsqldb", "postgresql" }) {
			String shipped = statements(resource("/org/springframework/batch/core/schema-" + vendor + ".sql"));
			String ours = statements(Files.readString(SQL.resolve(vendor).resolve("V1__spring_batch_job_repository.sql")));
			assertThat(ours).as(vendor).isEqualTo(shipped).contains("CREATE TABLE BATCH_JOB_EXECUTION ");
		}
	}

	/** The SQL without comment lines and blank lines. */
	private static String statements(String script) {
		return script.lines().filter(l -> !l.isBlank() && !l.startsWith("--")).collect(Collectors.joining("\n"));
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = MigrationLayoutTests.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Set<String> versions(String folder) throws IOException {
		Set<String> versions = new TreeSet<>();
		for (Path root : new Path[] { SQL.resolve(folder), JAVA.resolve(folder) }) {
			files(root, Integer.MAX_VALUE).forEach(f -> {
				String name = f.getFileName().toString();
				assertThat(name).as(f.toString()).matches("V\\d+__\\w+\\.(sql|java)");
				assertThat(versions.add(name.substring(1, name.indexOf("__")))).as("a second %s in %s", name, folder)
					.isTrue();
			});
		}
		return versions;
	}

	private static Set<Path> files(Path root, int depth) throws IOException {
		if (!Files.isDirectory(root)) {
			return Set.of();
		}
		try (Stream<Path> paths = Files.walk(root, depth)) {
			return paths.filter(Files::isRegularFile).collect(Collectors.toCollection(TreeSet::new));
		}
	}

}
