package uk.nhs.stp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.nhs.stp.domain.Period;

/**
 * The DAOs' SQL on each store, where the databases differ unless the SQL says otherwise: ids from
 * a real sequence, nulls sorted first (HSQLDB's default, PostgreSQL's opposite), text sorted by code
 * point whatever the database's locale (the PostgreSQL test database's is ICU en-GB, which orders
 * "a_1" after "a1" and "b" before "B"), and observation blocks through BYTEA as through VARBINARY.
 */
class StoreDaoIntegrationTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(StoreVendor.class)
	void fileIdsComeFromTheStoresSequence(StoreVendor vendor) {
		try (TestStores.Opened store = TestStores.open(vendor, this.folder, "it_dao_sequence").migrated()) {
			FileLedgerDao ledger = new FileLedgerDao(JdbcClient.create(store.dataSource()), store.dataSource());
			assertThat(List.of(ledger.nextFileId(), ledger.nextFileId(), ledger.nextFileId())).containsExactly(1L, 2L, 3L);
		}
	}

	@ParameterizedTest
	@EnumSource(StoreVendor.class)
	void ingestEventsComeInFileSheetAndRowOrderASheetsOwnFirst(StoreVendor vendor) {
		try (TestStores.Opened store = TestStores.open(vendor, this.folder, "it_dao_events").migrated()) {
			JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
			file(jdbc, 1, "book.xlsx", "loaded", Instant.now());
			String insert = "INSERT INTO STP_INGEST_EVENT (FILE_ID, SHEET, ROW_NUM, STATUS, REASON_CLASS, REASON) VALUES (1, ?, ?, ?, 'x', ?)";
			Object[][] events = { { "data_1", 7, "rejected" }, { "data1", 3, "missing" }, { "b", 2, "rejected" },
					{ "B", null, "skipped" }, { "B", 5, "rejected" }, { "a", 9, "missing" }, { null, null, "skipped" } };
			for (Object[] e : events) {
				jdbc.update(insert, e[0], e[1], e[2], e[0] + " " + e[1]);
			}
			List<String> order = new IngestEventDao(JdbcClient.create(store.dataSource())).forJobInstance(1)
				.stream()
				.map(e -> e.sheet() + " " + e.rowNum())
				.toList();
			assertThat(order).containsExactly("null null", "B null", "B 5", "a 9", "b 2", "data1 3", "data_1 7");
			assertThat(new IngestEventDao(JdbcClient.create(store.dataSource())).countByStatus(1, "rejected")).isEqualTo(3);
		}
	}

	@ParameterizedTest
	@EnumSource(StoreVendor.class)
	void loadedFilesAreListedByNameInCodePointOrder(StoreVendor vendor) {
		try (TestStores.Opened store = TestStores.open(vendor, this.folder, "it_dao_files").migrated()) {
			JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
			String[] names = { "b.csv", "B.csv", "a_1.csv", "a1.csv", "late.csv" };
			for (int i = 0; i < names.length; i++) {
				file(jdbc, i + 1, names[i], i == 4 ? "rejected" : "loaded", Instant.now());
			}
			FileLedgerDao ledger = new FileLedgerDao(JdbcClient.create(store.dataSource()), store.dataSource());
			assertThat(ledger.loadedWithContent(List.of("sha-1", "sha-2", "sha-3", "sha-4", "sha-5")))
				.containsExactly("B.csv", "a1.csv", "a_1.csv", "b.csv");
			assertThat(ledger.countLoaded(1)).isEqualTo(4);
			assertThat(ledger.findLoaded("sha-3")).hasValueSatisfying(e -> assertThat(e.fileName()).isEqualTo("a_1.csv"));
		}
	}

	@ParameterizedTest
	@EnumSource(StoreVendor.class)
	void blocksComeBackAsWrittenAndTheFileDeliveredLastWins(StoreVendor vendor) {
		try (TestStores.Opened store = TestStores.open(vendor, this.folder, "it_dao_blocks").migrated()) {
			JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
			Instant now = Instant.now();
			// file 2 was read first but delivered later: its value is the latest revision
			file(jdbc, 1, "bulk.xlsx", "loaded", now.minusSeconds(60));
			file(jdbc, 2, "late.csv", "loaded", now);
			block(jdbc, 2, "ae_4hr", new ObservationBlock.Entry(Period.month(2019, 3), 88.0, 27100.0, 30795.0, 2, 3));
			block(jdbc, 1, "ae_4hr", new ObservationBlock.Entry(Period.month(2019, 3), 87.5, null, null, 40, 4, 3),
					new ObservationBlock.Entry(Period.week(java.time.LocalDate.of(2019, 3, 10)), 86.0, null, null, 41, 4));
			block(jdbc, 1, "ae4", new ObservationBlock.Entry(Period.month(2019, 3), 1.0, null, null, 42, 5));
			List<String> latest = new ArrayList<>();
			new RevisionDao(JdbcClient.create(store.dataSource())).forEachLatest(v -> latest
				.add(v.measureId() + " " + v.period().key() + " " + v.value() + " " + v.numerator() + " " + v.fileName()
						+ " " + v.column() + v.row() + " r" + v.revision()));
			assertThat(latest).containsExactly("ae4 2019-03 1.0 null bulk.xlsx F42 r1",
					"ae_4hr 2019-03 88.0 27100.0 late.csv D2 r2", "ae_4hr w/e 2019-03-10 86.0 null bulk.xlsx E41 r1");
			assertThat(new ObservationDao(JdbcClient.create(store.dataSource())).count()).isEqualTo(4);
		}
	}

	private static void file(JdbcTemplate jdbc, long id, String name, String status, Instant delivered) {
		jdbc.update("INSERT INTO STP_FILE (FILE_ID, JOB_INSTANCE_ID, FILE_NAME, SHA256, SIZE_BYTES, STATUS, STARTED_AT, "
				+ "DELIVERED_AT) VALUES (?, 1, ?, ?, 1, ?, ?, ?)", id, name, "sha-" + id, status,
				Timestamp.from(Instant.now()), Timestamp.from(delivered));
	}

	/** A block written as the ingest step writes one (its INSERT and {@code setBytes}). */
	private static void block(JdbcTemplate jdbc, long fileId, String measure, ObservationBlock.Entry... entries) {
		ObservationBlock block = new ObservationBlock(fileId, "", measure, "E54000024", List.of(entries));
		jdbc.update(ObservationBlockRows.INSERT, ps -> ObservationBlockRows.bind(block, ps));
	}

}
