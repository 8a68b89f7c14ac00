package uk.nhs.stp.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;

import org.springframework.boot.context.properties.bind.BindException;

import uk.nhs.stp.settings.ConfigurationException;
import uk.nhs.stp.settings.FolderException;

/**
 * What the operator is told when a command fails: expected failures (bad configuration, another run
 * going, an unusable folder or a full disk) get one clear line and their own exit code; anything
 * else is exit code 1 with its cause and a pointer to the log file, which holds the stack trace.
 */
final class Failures {

	/** The line printed and the exit code. */
	record Told(int exitCode, String message) {
	}

	private Failures() {
	}

	/**
	 * @param what what failed, e.g. "could not start"
	 * @param logFile where the stack trace is
	 */
	static Told explain(Throwable failure, String what, String logFile) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			Told told = expected(cause);
			if (told != null) {
				return told;
			}
		}
		return new Told(ExitCodes.FAILED, what + ": " + describe(failure) + " (details in " + logFile + ")");
	}

	private static Told expected(Throwable cause) {
		if (cause instanceof ConfigurationException config) {
			return new Told(ExitCodes.USAGE_OR_CONFIGURATION, "bad configuration: " + config.getMessage());
		}
		if (cause instanceof BindException bind) {
			return new Told(ExitCodes.USAGE_OR_CONFIGURATION, "bad configuration: " + bindMessage(bind));
		}
		if (cause instanceof RunLock.BusyException busy) {
			return new Told(ExitCodes.BUSY, busy.getMessage());
		}
		if (cause instanceof RunLock.UnreachableException unreachable) {
			return new Told(ExitCodes.FAILED, unreachable.getMessage());
		}
		if (cause instanceof FolderException folder) {
			return new Told(ExitCodes.FOLDER_OR_DISK, folder.getMessage());
		}
		if (FolderException.isDiskFull(cause) && cause instanceof IOException || isDatabaseWriteError(cause)) {
			return new Told(ExitCodes.FOLDER_OR_DISK, describe(cause));
		}
		return null;
	}

	/**
	 * A cause in words: the first file-system error in the chain (it names the file), or HSQLDB
	 * failing to write its files, else the root cause's type and message.
	 */
	static String describe(Throwable failure) {
		Throwable root = failure;
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof FileSystemException || cause instanceof FolderException) {
				return cause.getMessage();
			}
			if (isDatabaseWriteError(cause)) {
				return "the database could not write its files (HSQLDB: " + cause.getMessage()
						+ "): is the disk holding the database folder full or read-only? Free space and run again";
			}
			root = cause;
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	/** Whether a failure is a folder or disk the operator must mend (exit code 4) rather than a fault in the run. */
	static boolean isFolderOrDisk(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof FolderException || cause instanceof java.nio.file.AccessDeniedException
					|| isDatabaseWriteError(cause) || FolderException.isDiskFull(cause)
					|| String.valueOf(cause.getMessage()).contains("Read-only file system")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * HSQLDB's words for failing to write its files; on a full disk it says "Data File size limit is
	 * reached" and "file input/output error", not the operating system's "No space left on device"
	 * (also through JDBC, as a batch insert's BatchUpdateException, when a chunk's write meets it).
	 */
	private static boolean isDatabaseWriteError(Throwable cause) {
		String message = String.valueOf(cause.getMessage());
		boolean database = cause.getClass().getName().startsWith("org.hsqldb") || cause instanceof java.sql.SQLException;
		return database && (message.contains("file input/output error")
				|| message.contains("Data File size limit is reached") || message.contains("data file is read only"));
	}

	private static Throwable next(Throwable t) {
		return t.getCause() == t ? null : t.getCause();
	}

	private static String bindMessage(BindException bind) {
		String origin = bind.getProperty() == null || bind.getProperty().getOrigin() == null ? ""
				: " (" + bind.getProperty().getOrigin() + ")";
		Throwable reason = bind.getCause() instanceof ConfigurationException ? bind.getCause() : root(bind);
		return bind.getName() + origin + ": " + reason.getMessage();
	}

	private static Throwable root(Throwable t) {
		Throwable cause = t;
		while (next(cause) != null) {
			cause = next(cause);
		}
		return cause;
	}

}
