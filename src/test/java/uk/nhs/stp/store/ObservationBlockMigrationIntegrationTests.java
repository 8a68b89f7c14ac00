package uk.nhs.stp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.nhs.stp.domain.Period;

/**
 * A database created by version 3 (one row per observation) is upgraded in place to blocks by
 * the V4 migration, keeping every value, its period, row and column, and every revision: on HSQLDB,
 * where databases of version 3 exist, and on PostgreSQL, where the same Java migration runs.
 */
class ObservationBlockMigrationIntegrationTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(StoreVendor.class)
	void upgradesObservationRowsToBlocksWithoutLosingHistory(StoreVendor vendor) {
		try (TestStores.Opened store = TestStores.open(vendor, this.folder, "it_v4_blocks")) {
			// given: a version-3 database holding two files, the second revising one value
			store.flyway().target("3").load().migrate();
			DataSource dataSource = store.dataSource();
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			jdbc.update("INSERT INTO STP_FILE (FILE_ID, JOB_INSTANCE_ID, FILE_NAME, SHA256, SIZE_BYTES, STATUS, STARTED_AT) "
					+ "VALUES (1, 1, 'old.csv', 'a', 1, 'loaded', CURRENT_TIMESTAMP), (2, 2, 'new.csv', 'b', 1, 'loaded', CURRENT_TIMESTAMP)");
			String insert = "INSERT INTO STP_OBSERVATION (FILE_ID, SHEET, ROW_NUM, COLUMN_REF, AREA_CODE, MEASURE_ID, "
					+ "PERIOD_TYPE, PERIOD_START, OBS_VALUE, NUMERATOR, DENOMINATOR) VALUES (?, '', ?, 'D', 'E54000005', 'ae_4hr', ?, ?, ?, ?, ?)";
			jdbc.update(insert, 1, 2, "M", java.sql.Date.valueOf("2017-04-01"), 85.0, 850.0, 1000.0);
			jdbc.update(insert, 1, 3, "Q", java.sql.Date.valueOf("2017-07-01"), 86.0, null, null);
			jdbc.update(insert, 2, 2, "M", java.sql.Date.valueOf("2017-04-01"), 85.5, null, null);
			// when
			store.migrated();
			// then
			ObservationDao observations = new ObservationDao(JdbcClient.create(dataSource));
			assertThat(observations.count()).isEqualTo(3);
			assertThat(observations.latestRevisions("ae_4hr")).extracting(o -> o.period().key() + "=" + o.value())
				.containsExactly("2017-04=85.5", "2017/18 Q2=86.0");
			List<RevisionDao.Version[]> revisions = new RevisionDao(JdbcClient.create(dataSource)).revisionsIn(2);
			assertThat(revisions).hasSize(1);
			assertThat(revisions.get(0)[0].value()).isEqualTo(85.0);
			assertThat(revisions.get(0)[1].fileName()).isEqualTo("new.csv");
			assertThat(revisions.get(0)[1].revision()).isEqualTo(2);
			assertThat(revisions.get(0)[0].column() + revisions.get(0)[0].row()).isEqualTo("D2");
			assertThat(revisions.get(0)[0].period()).isEqualTo(Period.month(2017, 4));
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = 'STP_OBSERVATION'"
					+ " AND UPPER(TABLE_SCHEMA) = UPPER(CURRENT_SCHEMA)", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = 'STP_OBSERVATION_BLOCK'"
					+ " AND UPPER(TABLE_SCHEMA) = UPPER(CURRENT_SCHEMA)", Integer.class)).isOne();
		}
	}

}
