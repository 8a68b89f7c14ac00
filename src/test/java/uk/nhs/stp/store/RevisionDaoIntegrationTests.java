package uk.nhs.stp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.nhs.stp.domain.Period;

/**
 * A run's revisions: only the values its own files changed, for the measures and areas they
 * carried, by measure then area; a value sent again unchanged, a new value and another run's
 * revision are not among them.
 */
class RevisionDaoIntegrationTests {

	private static final Period MARCH = Period.month(2019, 3);

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(StoreVendor.class)
	void aRunsRevisionsAreTheValuesItsFilesChanged(StoreVendor vendor) {
		try (TestStores.Opened store = TestStores.open(vendor, this.folder, "it_revisions").migrated()) {
			JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
			Instant now = Instant.now();
			file(jdbc, 1, 1, "bulk.csv", now.minusSeconds(120));
			file(jdbc, 2, 2, "late.csv", now.minusSeconds(60));
			file(jdbc, 3, 3, "later.csv", now);
			block(jdbc, 1, "m2", "E1", 10.0);
			block(jdbc, 1, "m1", "E2", 20.0);
			block(jdbc, 1, "m1", "E1", 30.0);
			block(jdbc, 1, "m1", "E4", 40.0);
			block(jdbc, 2, "m2", "E1", 11.0);
			block(jdbc, 2, "m1", "E1", 30.0);
			block(jdbc, 2, "m1", "E3", 50.0);
			block(jdbc, 2, "m1", "E2", 21.0);
			block(jdbc, 3, "m1", "E4", 41.0);
			RevisionDao dao = new RevisionDao(JdbcClient.create(store.dataSource()));
			assertThat(dao.revisionsIn(2)).extracting(pair -> pair[1].measureId() + " " + pair[1].areaCode() + " "
					+ pair[0].value() + " " + pair[0].fileName() + " -> " + pair[1].value() + " r" + pair[1].revision())
				.containsExactly("m1 E2 20.0 bulk.csv -> 21.0 r2", "m2 E1 10.0 bulk.csv -> 11.0 r2");
			assertThat(dao.revisionsIn(1)).isEmpty();
			assertThat(dao.revisionsIn(3)).singleElement().satisfies(pair -> assertThat(pair[1].areaCode()).isEqualTo("E4"));
		}
	}

	private static void file(JdbcTemplate jdbc, long id, long jobInstanceId, String name, Instant delivered) {
		jdbc.update("INSERT INTO STP_FILE (FILE_ID, JOB_INSTANCE_ID, FILE_NAME, SHA256, SIZE_BYTES, STATUS, STARTED_AT, "
				+ "DELIVERED_AT) VALUES (?, ?, ?, ?, 1, 'loaded', ?, ?)", id, jobInstanceId, name, "sha-" + id,
				Timestamp.from(Instant.now()), Timestamp.from(delivered));
	}

	private static void block(JdbcTemplate jdbc, long fileId, String measure, String area, double value) {
		ObservationBlock block = new ObservationBlock(fileId, "", measure, area,
				List.of(new ObservationBlock.Entry(MARCH, value, null, null, 2, 3)));
		jdbc.update(ObservationBlockRows.INSERT, ps -> ObservationBlockRows.bind(block, ps));
	}

}
