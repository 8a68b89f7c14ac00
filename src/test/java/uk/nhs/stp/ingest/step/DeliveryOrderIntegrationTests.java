package uk.nhs.stp.ingest.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import uk.nhs.stp.IntegrationTestSupport;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.store.ObservationDao;
import uk.nhs.stp.store.RevisionDao;

/**
 * Method §0: "latest" is by delivery. Files are taken in the order they were delivered
 * (modification time, then name), within a run and across runs, so a late return delivered after
 * a bulk file revises it and not the other way round, whatever the names or the runs.
 */
class DeliveryOrderIntegrationTests extends IntegrationTestSupport {

	private static final Instant BULK = Instant.parse("2019-04-10T09:00:00Z");

	private static final Instant LATE = Instant.parse("2019-04-20T09:00:00Z");

	@Autowired
	private ObservationDao observations;

	@Autowired
	private RevisionDao revisions;

	@Test
	void aLateReturnDeliveredAfterTheBulkFileRevisesItInOneRun() throws Exception {
		// given: the late return's name sorts first, but it was delivered ten days after the bulk file
		write("a-late-return.csv", "E54000005,ae_4hr,2019-03,88.0", LATE);
		write("b-bulk.csv", "E54000005,ae_4hr,2019-03,85.0", BULK);
		// when
		assertThat(runJob().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// then: the later delivery is the latest revision, and the revision list names both files
		assertThat(latest()).isEqualTo(88.0);
		List<RevisionDao.Version[]> revised = this.revisions.revisionsIn(lastInstance());
		assertThat(revised).singleElement().satisfies(pair -> {
			assertThat(pair[0].fileName()).isEqualTo("b-bulk.csv");
			assertThat(pair[1].fileName()).isEqualTo("a-late-return.csv");
		});
	}

	@Test
	void aBulkFileDeliveredEarlierButReadInALaterRunDoesNotOverwriteTheLateReturn() throws Exception {
		write("late-return.csv", "E54000005,ae_4hr,2019-03,88.0", LATE);
		assertThat(runJob().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		write("bulk.csv", "E54000005,ae_4hr,2019-03,85.0", BULK);
		assertThat(runJob().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(latest()).isEqualTo(88.0);
	}

	private double latest() {
		return this.observations.latestRevisions("ae_4hr")
			.stream()
			.filter(o -> o.areaCode().equals("E54000005") && o.period().equals(Period.month(2019, 3)))
			.findFirst()
			.orElseThrow()
			.value();
	}

	private long lastInstance() {
		return this.jdbcTemplate.queryForObject("SELECT MAX(JOB_INSTANCE_ID) FROM STP_FILE", Long.class);
	}

	private static void write(String name, String row, Instant delivered) throws Exception {
		Path file = INPUT.resolve(name);
		Files.writeString(file, "area_code,metric,period,value\n" + row + "\n");
		Files.setLastModifiedTime(file, FileTime.from(delivered));
	}

}
