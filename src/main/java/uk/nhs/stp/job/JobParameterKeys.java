package uk.nhs.stp.job;

/** Names of the nightly job's parameters. */
public final class JobParameterKeys {

	/** Identifying: the run number, one more than the last run's. */
	public static final String RUN_ID = "run.id";

	/** The day the run's outputs are named after (archive folder, report names). */
	public static final String RUN_DATE = "run.date";

	public static final String INPUT_DIR = "input.dir";

	public static final String OUTPUT_DIR = "output.dir";

	/** "true" to score and report even when no new file was loaded. */
	public static final String RESCORE = "rescore";

	private JobParameterKeys() {
	}

}
