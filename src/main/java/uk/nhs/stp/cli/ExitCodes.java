package uk.nhs.stp.cli;

/** The command line's exit codes (documented in the README and the usage text). */
public final class ExitCodes {

	/** The run completed, or there was nothing new (or nothing to restart or recover) to do. */
	public static final int OK = 0;

	/** The job failed; the message says where. Run again to restart it where it stopped. */
	public static final int FAILED = 1;

	/** Bad usage or bad configuration; the message names the option, or the file, line and key. */
	public static final int USAGE_OR_CONFIGURATION = 2;

	/** Another run is using the database; the message names it. Nothing was done. */
	public static final int BUSY = 3;

	/** A folder cannot be used (missing, not writable, read-only) or the disk is full; the message names it. */
	public static final int FOLDER_OR_DISK = 4;

	private ExitCodes() {
	}

}
