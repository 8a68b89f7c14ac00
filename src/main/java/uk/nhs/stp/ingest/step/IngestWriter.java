package uk.nhs.stp.ingest.step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;

import uk.nhs.stp.settings.FaultPoints;
import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.store.ObservationBlock;
import uk.nhs.stp.ingest.FileEvent;
import uk.nhs.stp.ingest.IngestNote;
import uk.nhs.stp.ingest.IngestRecord;
import uk.nhs.stp.ingest.ObservationRecord;

/**
 * Writes a chunk in a fixed order within its transaction: observations, then notes, then file
 * events. The order matters: a file rejected part-way must have its rows removed after they were
 * inserted, and a finished file's row counts must include the rows of its last chunk.
 * Observations are stored in blocks (see {@link ObservationBlock}); blocks and notes go through
 * Spring Batch's {@link JdbcBatchItemWriter}.
 */
public class IngestWriter implements ItemWriter<IngestRecord> {

	private static final Logger log = LoggerFactory.getLogger(IngestWriter.class);

	private final JdbcBatchItemWriter<ObservationBlock> observations;

	private final JdbcBatchItemWriter<IngestNote> notes;

	private final FileLedgerDao ledger;

	private final long jobInstanceId;

	public IngestWriter(JdbcBatchItemWriter<ObservationBlock> observations, JdbcBatchItemWriter<IngestNote> notes,
			FileLedgerDao ledger, long jobInstanceId) {
		this.observations = observations;
		this.notes = notes;
		this.ledger = ledger;
		this.jobInstanceId = jobInstanceId;
	}

	@Override
	public void write(Chunk<? extends IngestRecord> chunk) throws Exception {
		List<ObservationRecord> rows = new ArrayList<>();
		List<IngestNote> notesInChunk = new ArrayList<>();
		List<FileEvent> events = new ArrayList<>();
		for (IngestRecord record : chunk) {
			if (record instanceof ObservationRecord row) {
				rows.add(row);
			}
			else if (record instanceof IngestNote note) {
				notesInChunk.add(note);
			}
			else {
				events.add((FileEvent) record);
			}
		}
		if (!rows.isEmpty()) {
			this.observations.write(new Chunk<>(blocks(rows)));
		}
		if (!notesInChunk.isEmpty()) {
			this.notes.write(new Chunk<>(notesInChunk));
		}
		events.forEach(this::record);
		FaultPoints.reached("ingest.chunk-written");
	}

	/** The chunk's observations grouped into one block per file, sheet, measure and area. */
	static List<ObservationBlock> blocks(List<ObservationRecord> rows) {
		Map<BlockKey, List<ObservationBlock.Entry>> groups = new LinkedHashMap<>();
		for (ObservationRecord r : rows) {
			groups.computeIfAbsent(new BlockKey(r.fileId(), r.sheet(), r.measureId(), r.areaCode()), k -> new ArrayList<>())
				.add(new ObservationBlock.Entry(r.period(), r.value(), r.amount().numerator(), r.amount().denominator(),
						r.rowNum(), r.source().column(), r.source().units()));
		}
		List<ObservationBlock> blocks = new ArrayList<>(groups.size());
		groups.forEach((key, entries) -> blocks.add(new ObservationBlock(key.fileId(), key.sheet(), key.measureId(),
				key.areaCode(), entries)));
		return blocks;
	}

	private record BlockKey(long fileId, String sheet, String measureId, String areaCode) {
	}

	private void record(FileEvent event) {
		switch (event.kind()) {
			case STARTED -> this.ledger.started(this.jobInstanceId, event.fileId(), event.fileName(), event.sha256(),
					event.sizeBytes(), event.delivered());
			case FINISHED -> {
				this.ledger.finished(event.fileId(), event.rowsRead());
				log.info("ingest: {} loaded ({} data rows)", event.fileName(), event.rowsRead());
			}
			case REJECTED -> this.ledger.closedWithoutLoading(this.jobInstanceId, event.fileId(), event.fileName(),
					event.sha256(), event.sizeBytes(), FileLedgerDao.REJECTED, event.reasonClass(), event.reason());
			case IGNORED -> this.ledger.closedWithoutLoading(this.jobInstanceId, event.fileId(), event.fileName(),
					event.sha256(), event.sizeBytes(), FileLedgerDao.IGNORED, event.reasonClass(), event.reason());
		}
	}

}
