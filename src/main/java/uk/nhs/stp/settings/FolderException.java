package uk.nhs.stp.settings;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A folder the run needs cannot be used: missing, not writable, on a read-only file system, or on a
 * full disk. The message names the folder (and the setting or option that chooses it); the command
 * line turns it into exit code 4. Nothing has been changed when it is thrown before a run starts.
 */
public class FolderException extends RuntimeException {

	public FolderException(String message) {
		super(message);
	}

	public FolderException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * @param what the folder's role, e.g. "the input folder (stp.input-dir, --input)"
	 * @param folder the folder
	 * @param cause what the file system said
	 */
	public static FolderException of(String what, Path folder, IOException cause) {
		return new FolderException(what + " " + folder.toAbsolutePath() + " " + problem(cause), cause);
	}

	/** What went wrong, in words, for a folder: "does not exist", "is not writable"… */
	public static String problem(IOException cause) {
		String reason = cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
				: String.valueOf(cause.getMessage());
		if (isDiskFull(cause)) {
			return "is on a full disk (" + reason + ")";
		}
		if (reason.contains("Read-only file system")) {
			return "is on a read-only file system";
		}
		if (cause instanceof NoSuchFileException) {
			return "does not exist";
		}
		if (cause instanceof AccessDeniedException) {
			return "is not writable (permission denied: " + ((AccessDeniedException) cause).getFile() + ")";
		}
		return "cannot be used: " + (cause instanceof FileSystemException fs ? fs.getMessage() : reason);
	}

	/** Whether an I/O error anywhere in the chain is the disk being full. */
	public static boolean isDiskFull(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
				return true;
			}
		}
		return false;
	}

}
