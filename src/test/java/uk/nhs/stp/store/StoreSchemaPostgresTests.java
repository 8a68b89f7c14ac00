package uk.nhs.stp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.nhs.stp.PostgresTestServer;

/**
 * The migrations give PostgreSQL the store HSQLDB has: the same tables, with the same columns in the
 * same order (several inserts name no columns), of the same kinds and sizes, nullability, defaults,
 * primary keys and indexes, read from each database's own JDBC metadata after migrating an empty
 * one. On PostgreSQL every text column compares by code point (COLLATE "C"), as HSQLDB's do, so
 * results come out in the same order whatever locale the database was created with (the test
 * server's is ICU en-GB, which orders "ae_4hr" before "ae4" and "a" before "B").
 */
@ExtendWith(PostgresTestServer.Required.class)
class StoreSchemaPostgresTests {

	@TempDir
	Path folder;

	@Test
	void postgresqlHasTheTablesColumnsKeysAndIndexesOfHsqldb() throws SQLException {
		try (TestStores.Opened hsqldb = TestStores.open(StoreVendor.HSQLDB, this.folder, null).migrated();
				TestStores.Opened postgresql = TestStores.open(StoreVendor.POSTGRESQL, this.folder, "it_schema").migrated()) {
			Map<String, List<String>> expected = describe(hsqldb.dataSource(), "PUBLIC");
			Map<String, List<String>> actual = describe(postgresql.dataSource(), "it_schema");
			assertThat(expected).containsKeys("table STP_FILE", "table STP_OBSERVATION_BLOCK", "table STP_AREA_SCORE",
					"table STP_SPC_POINT");
			assertThat(expected.get("table STP_METRIC_SCORE")).contains("RETURNED 4 not null default 0",
					"LATE boolean not null default false", "primary key JOB_INSTANCE_ID, AREA_CODE, METRIC_ID");
			assertThat(expected.get("table STP_INGEST_EVENT")).contains("EVENT_ID -5 not null identity");
			assertThat(expected.get("table STP_OBSERVATION_BLOCK")).contains("PAYLOAD bytes not null",
					"index STP_BLOCK_MEASURE_IX (MEASURE_ID, AREA_CODE)");
			assertThat(actual.keySet()).isEqualTo(expected.keySet());
			expected.forEach((table, parts) -> assertThat(actual.get(table)).as(table).isEqualTo(parts));
		}
	}

	@Test
	void everyTextColumnComparesByCodePointOnPostgresql() {
		try (TestStores.Opened postgresql = TestStores.open(StoreVendor.POSTGRESQL, this.folder, "it_collation").migrated()) {
			JdbcTemplate jdbc = new JdbcTemplate(postgresql.dataSource());
			List<String> text = jdbc.queryForList("""
					SELECT table_name || '.' || column_name || ' ' || COALESCE(collation_name, 'the database''s')
					FROM information_schema.columns
					WHERE table_schema = current_schema AND table_name LIKE 'stp\\_%'
					  AND data_type IN ('character varying', 'character', 'text')""", String.class);
			assertThat(text).hasSizeGreaterThan(40).allSatisfy(column -> assertThat(column).endsWith(" C"));
			assertThat(jdbc.queryForList("SELECT x FROM (VALUES ('ae4'), ('B'), ('ae_4hr'), ('a')) v (x) ORDER BY x",
					String.class)).as("the test database's own collation, which the columns override")
				.containsExactly("a", "ae_4hr", "ae4", "B");
		}
	}

	/** Per table: its columns in order (name, kind, size, nullability, default), primary key and indexes. */
	private static Map<String, List<String>> describe(DataSource dataSource, String schema) throws SQLException {
		Map<String, List<String>> tables = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
				while (rs.next()) {
					String table = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
					if (table.startsWith("STP_")) {
						tables.computeIfAbsent("table " + table, t -> new ArrayList<>()).add(column(rs));
					}
				}
			}
			for (String key : List.copyOf(tables.keySet())) {
				String table = key.substring("table ".length());
				String name = meta.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
				tables.get(key).add("primary key " + primaryKey(meta, schema, name));
				tables.get(key).addAll(indexes(meta, schema, name));
			}
		}
		return tables;
	}

	private static String column(ResultSet rs) throws SQLException {
		int type = rs.getInt("DATA_TYPE");
		String kind = switch (type) {
			case Types.BIT, Types.BOOLEAN -> "boolean";
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "bytes";
			case Types.CHAR, Types.VARCHAR -> (type == Types.CHAR ? "char(" : "varchar(") + rs.getInt("COLUMN_SIZE") + ")";
			default -> String.valueOf(type);
		};
		String defaultValue = rs.getString("COLUMN_DEF");
		boolean identity = "YES".equals(rs.getString("IS_AUTOINCREMENT"));
		return rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT) + " " + kind
				+ (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : "")
				+ (identity ? " identity" : defaultValue == null ? "" : " default " + defaultValue.toLowerCase(Locale.ROOT));
	}

	private static String primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
		Map<Integer, String> columns = new TreeMap<>();
		try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
			while (rs.next()) {
				columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
			}
		}
		return String.join(", ", columns.values());
	}

	/** The store's own indexes (named STP_…), not those the database makes for keys (PostgreSQL's …_PKEY). */
	private static List<String> indexes(DatabaseMetaData meta, String schema, String table) throws SQLException {
		Map<String, Map<Integer, String>> indexes = new TreeMap<>();
		try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
			while (rs.next()) {
				String name = String.valueOf(rs.getString("INDEX_NAME")).toUpperCase(Locale.ROOT);
				if (name.startsWith("STP_") && !name.endsWith("_PKEY")) {
					indexes.computeIfAbsent(name, n -> new TreeMap<>())
						.put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
				}
			}
		}
		List<String> described = new ArrayList<>();
		indexes.forEach((name, columns) -> described.add("index " + name + " (" + String.join(", ", columns.values()) + ")"));
		return described;
	}

}
