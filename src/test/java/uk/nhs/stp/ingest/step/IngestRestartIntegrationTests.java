package uk.nhs.stp.ingest.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import uk.nhs.stp.IntegrationTestSupport;
import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.ingest.FileEvent;
import uk.nhs.stp.ingest.IngestItem;
import uk.nhs.stp.ingest.RowItem;
import uk.nhs.stp.ingest.read.FileOpener;

/**
 * Restarting the ingest step part-way through a file: the reader carries on at the next
 * uncommitted row, and a run stopped by too many rejected rows completes once the file is mended,
 * with every row counted exactly once.
 */
@TestPropertySource(properties = { "stp.ingest.chunk-size=25", "stp.ingest.max-rejected-rows=3" })
class IngestRestartIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private FileLedgerDao ledger;

	@Autowired
	private FileOpener opener;

	@Test
	void aRestartedReaderCarriesOnAtTheNextItem() throws Exception {
		// given: a file admitted to a partition, read straight through once for reference
		Path file = writeRows(INPUT.resolve("a.csv"), 61, 0, 0);
		List<String> straight = readAll(reader(), partition(file, 1), -1);
		// when: read 40 items, save the position, and resume with a new reader
		ExecutionContext saved = partition(file, 2);
		List<String> firstPart = readAll(reader(), saved, 40);
		List<String> rest = readAll(reader(), saved, -1);
		// then: the two halves are exactly the straight read, nothing repeated or lost
		List<String> resumed = new ArrayList<>(firstPart);
		resumed.addAll(rest);
		assertThat(resumed).isEqualTo(straight).hasSize(61 + 1).last().isEqualTo("a.csv:FINISHED");
	}

	@Test
	void aFileChangedSinceItWasAdmittedIsDroppedAndItsNewContentReadUnderANewId() throws Exception {
		Path file = writeRows(INPUT.resolve("a.csv"), 30, 0, 0);
		ExecutionContext saved = partition(file, 7);
		List<String> firstPart = readAll(reader(), saved, 10);
		// when: the analyst replaces the file before the restart
		writeRows(file, 12, 0, 0);
		List<String> rest = readAll(reader(), saved, -1);
		// then: the old id is dropped, the new content starts under a new id and is read whole
		assertThat(firstPart).hasSize(10);
		assertThat(rest.get(0)).isEqualTo("a.csv:IGNORED:7");
		assertThat(rest.get(1)).startsWith("a.csv:STARTED:").isNotEqualTo("a.csv:STARTED:7");
		assertThat(rest.subList(2, rest.size())).hasSize(12 + 1).last().isEqualTo("a.csv:FINISHED");
		// and a restart after all of it (a crash between the last commit and the step's completion)
		// skips exactly the new content and finishes it again, which the ledger takes as a no-op
		List<String> again = readAll(reader(), new ExecutionContext(saved), -1);
		assertThat(again).containsExactly("a.csv:FINISHED");
	}

	private FileItemReader reader() {
		return new FileItemReader(INPUT, this.opener, new FileAdmission(this.ledger, java.time.Duration.ZERO,
				java.time.Clock.systemUTC()), this.ledger::nextFileId);
	}

	/** A partition's context as the partitioner writes it for a file admitted under {@code fileId}. */
	private static ExecutionContext partition(Path file, long fileId) throws IOException {
		ExecutionContext context = new ExecutionContext();
		new AdmittedFile(fileId, file.getFileName().toString(), InputFolder.sha256(file), Files.size(file), 0, 1)
			.writeTo(context);
		return context;
	}

	/** Reads up to {@code limit} items (all if negative), saving the position in {@code context}. */
	private static List<String> readAll(FileItemReader reader, ExecutionContext context, int limit) throws Exception {
		List<String> items = new ArrayList<>();
		reader.open(context);
		IngestItem item;
		while ((limit < 0 || items.size() < limit) && (item = reader.read()) != null) {
			items.add(describe(item));
		}
		reader.update(context);
		reader.close();
		return items;
	}

	private static String describe(IngestItem item) {
		if (item instanceof RowItem row) {
			return row.fileName() + ":" + row.rowNumber();
		}
		FileEvent event = (FileEvent) item;
		return event.fileName() + ":" + event.kind()
				+ (event.kind() == FileEvent.Kind.FINISHED ? "" : ":" + event.fileId());
	}

	@Test
	void aRunStoppedByTooManyRejectedRowsCompletesOnceTheFileIsMended() throws Exception {
		// given: a good file, and a file whose 4 bad rows (rows 62-65) exceed the limit of 3 after
		// some of its rows were committed (chunks of 25 items)
		writeRows(INPUT.resolve("a-good.csv"), 10, 0, 0);
		Path bad = writeRows(INPUT.resolve("b-bad.csv"), 80, 60, 4);
		JobExecution failed = runJob();
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(ingestCommits(failed)).isPositive();
		// when: the analyst mends the file in place and the run is restarted
		writeRows(bad, 80, 0, 0);
		JobExecution restarted = this.jobOperatorTestUtils.getJobOperator().restart(failed);
		// then: both files are loaded in full, once
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(observations()).isEqualTo(10 + 80);
		assertThat(this.jdbcTemplate.queryForList("SELECT STATUS || ' ' || COALESCE(REASON_CLASS, '') FROM STP_FILE ORDER BY FILE_ID",
				String.class)).containsExactly("loaded ", "ignored file_changed", "loaded ");
		assertThat(this.jdbcTemplate.queryForObject("SELECT COUNT(*) FROM STP_INGEST_EVENT", Integer.class)).isZero();
	}

	/** A long-layout CSV of A&E rows for one area; {@code bad} rows from {@code badFrom} have a bad period. */
	private static Path writeRows(Path file, int rows, int badFrom, int bad) throws IOException {
		StringBuilder csv = new StringBuilder("area_code,metric,period,value\n");
		for (int i = 0; i < rows; i++) {
			boolean isBad = i >= badFrom && i < badFrom + bad;
			String period = isBad ? "2017/19" : java.time.YearMonth.of(2010, 1).plusMonths(i).toString();
			csv.append("E54000005,ae_4hr,").append(period).append(',').append(80 + i % 10).append('\n');
		}
		return Files.writeString(file, csv);
	}

	/** Commits of the ingest step (not a StepExecution-returning method: @SpringBatchTest would call it). */
	private static long ingestCommits(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals("ingest"))
			.mapToLong(StepExecution::getCommitCount)
			.sum();
	}

}
