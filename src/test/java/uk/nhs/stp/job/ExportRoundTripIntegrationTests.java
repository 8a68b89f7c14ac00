package uk.nhs.stp.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;

import uk.nhs.stp.IntegrationTestSupport;
import uk.nhs.stp.cli.ExportCommand;

/**
 * The project's own export is a file it reads: the sample's observations.csv (period_start and
 * period_length columns) loads into a fresh store and exports again with the same observations.
 * The provenance columns then name the export itself, which is what was loaded.
 */
class ExportRoundTripIntegrationTests extends IntegrationTestSupport {

	/** area_code … denominator: what an observation is, as against where it was read from. */
	private static final int DATA_COLUMNS = 7;

	@Autowired
	private ExportCommand export;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theExportLoadsIntoAFreshStoreAndExportsAgainUnchanged() throws Exception {
		copySample();
		assertThat(runJob().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		this.export.export();
		Path first = Files.move(OUTPUT.resolve(ExportCommand.FILE_NAME), ROOT.resolve("first-export.csv"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		emptyStore();
		Path again = Files.copy(first, INPUT.resolve("observations.csv"));
		Files.setLastModifiedTime(again, FileTime.from(Instant.now().minusSeconds(600)));

		assertThat(runJob().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		this.export.export();

		List<String> before = dataColumns(first);
		List<String> after = dataColumns(OUTPUT.resolve(ExportCommand.FILE_NAME));
		assertThat(before).hasSizeGreaterThan(12_000);
		assertThat(after).isEqualTo(before);
		assertThat(count("STP_INGEST_EVENT")).as("nothing rejected or missing on the way back").isZero();
	}

	private void emptyStore() throws Exception {
		this.jobRepositoryTestUtils.removeJobExecutions();
		JdbcTestUtils.deleteFromTables(this.jdbc, "STP_OBSERVATION_BLOCK", "STP_INGEST_EVENT", "STP_FILE");
		deleteRecursively(INPUT);
		Files.createDirectories(INPUT);
	}

	private static List<String> dataColumns(Path export) throws Exception {
		return Files.readAllLines(export, StandardCharsets.UTF_8)
			.stream()
			.map(line -> line.replace("\uFEFF", ""))
			.map(line -> String.join(",", java.util.Arrays.asList(line.split(",", -1)).subList(0, DATA_COLUMNS)))
			.toList();
	}

}
