package uk.nhs.stp.ingest.step;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import uk.nhs.stp.settings.FaultPoints;
import uk.nhs.stp.settings.OwnerOnlyFiles;
import uk.nhs.stp.settings.Printable;
import uk.nhs.stp.store.DatabaseCheckpoint;
import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.store.LedgerEntry;

/**
 * The {@code archive} step, after every file's fate is committed: checks the database still has
 * room, then moves each file out of the input folder: loaded and ignored files to
 * {@code archive/<date>/}, rejected ones to {@code rejected/} with a {@code .reason.txt} beside
 * them. Nothing moves if reading failed (the step is not reached), so a restart finds every file
 * where it was; each move is recorded first, so a crash part-way through moving repeats none, and
 * the restarted step moves what is left.
 */
public class FileArchiver implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(FileArchiver.class);

	private final Path inputFolder;

	private final FileLedgerDao ledger;

	private final LocalDate runDate;

	private final DatabaseCheckpoint checkpoint;

	/**
	 * @param checkpoint run before the first move, so nothing moves unless the database holds every
	 * file's fate on disk
	 */
	public FileArchiver(Path inputFolder, FileLedgerDao ledger, LocalDate runDate, DatabaseCheckpoint checkpoint) {
		this.inputFolder = inputFolder;
		this.ledger = ledger;
		this.runDate = runDate;
		this.checkpoint = checkpoint;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		this.checkpoint.requireRoom();
		int moved = finishMoves(chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId());
		contribution.incrementWriteCount(moved);
		FaultPoints.reached("ingest.archived");
		return RepeatStatus.FINISHED;
	}

	/**
	 * Moves every file of the run that is not moved yet.
	 * @return how many files were moved
	 */
	public int finishMoves(long jobInstanceId) {
		List<LedgerEntry> toMove = this.ledger.forJobInstance(jobInstanceId)
			.stream()
			.filter(e -> !FileLedgerDao.LOADING.equals(e.status()) && !isSuperseded(e) && stillWaiting(e))
			.toList();
		if (!toMove.isEmpty()) {
			this.checkpoint.checkpoint();
		}
		return (int) toMove.stream().filter(this::move).count();
	}

	/**
	 * Files left where they are: a part-loaded file that vanished or changed (nothing of its own to
	 * move), and lock files and files still arriving (read on a later run).
	 */
	private static boolean isSuperseded(LedgerEntry entry) {
		return entry.reasonClass() != null && java.util.Set.of("file_changed", "file_vanished", "lock_file",
				"partial_upload").contains(entry.reasonClass());
	}

	/** Not moved yet, or its destination recorded by a run cut off before the move itself. */
	private boolean stillWaiting(LedgerEntry entry) {
		return entry.movedTo() == null || Files.exists(source(entry), LinkOption.NOFOLLOW_LINKS);
	}

	private Path source(LedgerEntry entry) {
		return this.inputFolder.resolve(entry.fileName());
	}

	/**
	 * Moves one file: its destination is recorded first, so a crash between the two is finished by
	 * the restart (the file is then in the input folder, the ledger says where it goes). Renames within
	 * the input folder's file system are atomic, so at every moment the file is in exactly one of
	 * {@code input/}, {@code archive/} or {@code rejected/}.
	 */
	private boolean move(LedgerEntry entry) {
		if (!isPlainName(entry.fileName()) || !Files.exists(source(entry), LinkOption.NOFOLLOW_LINKS)) {
			return false;
		}
		boolean rejected = FileLedgerDao.REJECTED.equals(entry.status());
		Path folder = rejected ? this.inputFolder.resolve(InputFolder.REJECTED)
				: this.inputFolder.resolve(InputFolder.ARCHIVE).resolve(this.runDate.toString());
		try {
			OwnerOnlyFiles.createDirectories(folder);
			Path target = entry.movedTo() != null ? this.inputFolder.resolve(entry.movedTo()) : freeName(folder, entry.fileName());
			if (!folder.equals(target.getParent())) {
				throw new IOException("refusing to move it to " + target + ", outside " + folder);
			}
			if (entry.movedTo() == null) {
				this.ledger.moved(entry.fileId(), this.inputFolder.relativize(target).toString());
			}
			FaultPoints.reached("ingest.archiving");
			if (rejected) {
				Files.writeString(folder.resolve(target.getFileName() + ".reason.txt"), reasonText(entry),
						StandardCharsets.UTF_8);
			}
			Files.move(source(entry), target, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (IOException ex) {
			log.warn("ingest: could not move {} out of the input folder: {}", Printable.of(entry.fileName()),
					ex.getMessage());
			return false;
		}
	}

	/** A name as a directory listing gives it: no separator, not "." or "..". */
	static boolean isPlainName(String name) {
		return !name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.equals(".") && !name.equals("..")
				&& !name.contains("\0");
	}

	private static String reasonText(LedgerEntry entry) {
		return "File: " + Printable.of(entry.fileName()) + System.lineSeparator() + "Rejected: " + entry.finishedAt()
				+ System.lineSeparator() + "Reason (" + entry.reasonClass() + "): " + Printable.of(entry.reason())
				+ System.lineSeparator();
	}

	/** The name itself, or name-2.ext, name-3.ext… if a file of that name is already there. */
	static Path freeName(Path folder, String name) {
		Path target = folder.resolve(name);
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
			target = folder.resolve(stem + "-" + n + extension);
		}
		return target;
	}

}
