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
		if (cause instanceof FolderException folder) {
			return new Told(ExitCodes.FOLDER_OR_DISK, folder.getMessage());
		}
		if (FolderException.isDiskFull(cause) && cause instanceof IOException) {
			return new Told(ExitCodes.FOLDER_OR_DISK, "the disk is full: " + describe(cause));
		}
		return null;
	}

	/**
	 * A cause in words: the first file-system error in the chain (it names the file), else the
	 * root cause's type and message.
	 */
	static String describe(Throwable failure) {
		Throwable root = failure;
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof FileSystemException || cause instanceof FolderException) {
				return cause.getMessage();
			}
			root = cause;
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
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
