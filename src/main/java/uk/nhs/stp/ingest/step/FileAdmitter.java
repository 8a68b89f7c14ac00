package uk.nhs.stp.ingest.step;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import uk.nhs.stp.ingest.FileEvent;
import uk.nhs.stp.settings.Printable;
import uk.nhs.stp.settings.Progress;
import uk.nhs.stp.store.FileLedgerDao;

/**
 * The {@code admit} step: gives every file waiting in the input folder its ledger row, in one
 * transaction, in delivery order (so ledger ids follow delivery, and revisions are ordered the same
 * however many files are read at once). A file is admitted to be read ({@code loading}) or closed
 * unread with its reason ({@link FileAdmission}). The step counts files: read = waiting, written =
 * admitted, filtered = closed unread.
 */
public class FileAdmitter implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(FileAdmitter.class);

	private final Path folder;

	private final FileLedgerDao ledger;

	private final FileAdmission admission;

	private final long jobInstanceId;

	public FileAdmitter(Path folder, FileLedgerDao ledger, FileAdmission admission, long jobInstanceId) {
		this.folder = folder;
		this.ledger = ledger;
		this.admission = admission;
		this.jobInstanceId = jobInstanceId;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		List<String> waiting = InputFolder.waiting(this.folder);
		log.info("ingest: {} file(s) waiting in {}", waiting.size(), this.folder);
		Map<String, String> admitted = new HashMap<>();
		for (String name : waiting) {
			contribution.incrementReadCount();
			long fileId = this.ledger.nextFileId();
			Path file = this.folder.resolve(name);
			FileAdmission.Verdict verdict = this.admission.decide(fileId, name, file, admitted);
			if (verdict.admitted()) {
				this.ledger.started(this.jobInstanceId, fileId, name, verdict.sha256(), verdict.size(),
						InputFolder.delivered(file));
				admitted.put(verdict.sha256(), name);
				contribution.incrementWriteCount(1);
			}
			else {
				close(verdict.closed());
				contribution.incrementFilterCount(1);
			}
		}
		return RepeatStatus.FINISHED;
	}

	private void close(FileEvent event) {
		String status = event.kind() == FileEvent.Kind.REJECTED ? FileLedgerDao.REJECTED : FileLedgerDao.IGNORED;
		this.ledger.closedWithoutLoading(this.jobInstanceId, event.fileId(), event.fileName(), event.sha256(),
				event.sizeBytes(), status, event.reasonClass(), event.reason());
		String name = Printable.of(event.fileName());
		switch (event.reasonClass()) {
			case "duplicate_file" -> Progress.line("ingest: {} set aside: {}", name, Printable.of(event.reason()));
			case "lock_file", "partial_upload" ->
				Progress.line("ingest: {} left for a later run: {}", name, Printable.of(event.reason()));
			default -> {
				log.warn("ingest: {} {}: {}", name, status, event.reason());
				Progress.line("ingest: {} {}: {}", name, status, Printable.of(event.reason()));
			}
		}
	}

}
