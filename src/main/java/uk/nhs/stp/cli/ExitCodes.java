package uk.nhs.stp.cli;

/** The command line's exit codes (documented in the README). */
public final class ExitCodes {

	/** The run completed, or there was nothing new to do. */
	public static final int OK = 0;

	/** The job failed; the message says where. Run again to restart it where it stopped. */
	public static final int FAILED = 1;

	/** Bad usage or bad configuration; the message names the option, or the file and key. */
	public static final int USAGE_OR_CONFIGURATION = 2;

	private ExitCodes() {
	}

}
