package uk.nhs.stp.ingest.step;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.store.LedgerEntry;

/**
 * One partition of the ingest step per file the run admitted and has not finished, named
 * {@code file-<ledger id>} so a restart finds each partition under the same name (Spring Batch then
 * restarts the failed ones from their own saved positions and leaves the completed ones alone).
 */
public class FilePartitioner implements Partitioner {

	private final FileLedgerDao ledger;

	private final long jobInstanceId;

	public FilePartitioner(FileLedgerDao ledger, long jobInstanceId) {
		this.ledger = ledger;
		this.jobInstanceId = jobInstanceId;
	}

	/** @param gridSize ignored: there is one partition per file, however many threads read them */
	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<LedgerEntry> run = this.ledger.forJobInstance(this.jobInstanceId);
		List<LedgerEntry> toRead = run.stream().filter(e -> FileLedgerDao.LOADING.equals(e.status())).toList();
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < toRead.size(); i++) {
			LedgerEntry entry = toRead.get(i);
			ExecutionContext context = new ExecutionContext();
			new AdmittedFile(entry.fileId(), entry.fileName(), entry.sha256(), entry.sizeBytes(), i, toRead.size())
				.writeTo(context);
			partitions.put("file-" + entry.fileId(), context);
		}
		return partitions;
	}

}
