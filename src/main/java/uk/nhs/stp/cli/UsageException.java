package uk.nhs.stp.cli;

/** The command line was not understood; exit code 2. */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}

}
