package uk.nhs.stp.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed command line: the verb and its options. Folder options become property overrides, so
 * they take precedence over {@code jobs/application.properties}. Paths typed on the command line
 * (files to check, {@code --input}, {@code --output}, {@code --db}) are resolved against the folder
 * the command was typed in, not the project folder the launcher runs from.
 *
 * @param verb what to do
 * @param overrides property overrides, e.g. {@code stp.input-dir}, with absolute paths
 * @param switches the options that are not folders
 * @param files the files named after {@code check}, absolute
 */
public record Invocation(Verb verb, Map<String, String> overrides, Switches switches, List<Path> files) {

	/** What the command line was asked to do. */
	public enum Verb {

		RUN, SAMPLE, CHECK, EXPORT, STATUS, RESTART, RECOVER, HELP;

		/** Verbs that open the store, and so take the run lock first. */
		boolean usesStore() {
			return this != CHECK && this != HELP;
		}

	}

	/**
	 * @param rescore score and report even if nothing new was loaded
	 * @param waitFor how long to wait for another run to finish; zero refuses at once
	 * @param abandon ({@code recover}) give the cut-off run up instead of marking it for restart
	 */
	public record Switches(boolean rescore, Duration waitFor, boolean abandon) {

		static final Switches NONE = new Switches(false, Duration.ZERO, false);

	}

	/** {@code --wait} without a number: as long as it takes. */
	static final Duration FOREVER = Duration.ofDays(365);

	public static final String USAGE = """
			Usage: jobs/nightly [run|sample|check FILE...|export|status|restart|recover|help] [options]

			  run      ingest new files from the input folder, score every area and write the report (default);
			           restarts the last run instead if it failed or was cut off
			  sample   copy the shipped sample data (jobs/sample) into the input folder, then run
			  check FILE...  show how files would be read (layout, observations, rejected rows) without
			           loading them; exit 0 when everything would load, 1 otherwise
			  export   write the store's observations (latest revisions) to observations.csv in the output folder
			  status   show the last runs (start, end, status, files, rows, report) and the file ledger
			  restart  restart the last run if it failed or was cut off, where it stopped (nothing else)
			  recover  mark a run cut off by a crash as failed, so restart or run carries it on;
			           with --abandon, give that run up instead (its partly loaded files are read again)
			  help     show this message

			Options (override jobs/application.properties; paths are relative to the current folder):
			  --input DIR    input folder (stp.input-dir)
			  --output DIR   output folder (stp.output-dir)
			  --db DIR       database folder (stp.db-dir)
			  --rescore      score and report even if no new file was loaded
			  --wait[=SECONDS]  if another run is going, wait for it to finish (at most SECONDS) instead of
			                 refusing to start
			  --abandon      with recover: abandon the cut-off or failed run

			Exit codes: 0 success or nothing to do, 1 the job failed (run again to restart it), 2 bad usage or
			configuration, 3 another run is using the database, 4 a folder or the disk cannot be used.""";

	private static final Map<String, String> FOLDER_OPTIONS = Map.of("--input", "stp.input-dir", "--output",
			"stp.output-dir", "--db", "stp.db-dir");

	/** Parses arguments typed in the current working folder. */
	public static Invocation parse(String... args) {
		return parse(Path.of("").toAbsolutePath(), args);
	}

	/**
	 * @param callerDir the folder the command was typed in
	 * @throws UsageException naming the option that was not understood
	 */
	public static Invocation parse(Path callerDir, String... args) {
		List<String> rest = new ArrayList<>(List.of(args));
		Verb verb = Verb.RUN;
		if (!rest.isEmpty() && !rest.get(0).startsWith("-")) {
			verb = verb(rest.remove(0));
		}
		Parser parser = new Parser(verb, callerDir);
		for (int i = 0; i < rest.size(); i++) {
			if (parser.help(rest.get(i))) {
				return new Invocation(Verb.HELP, Map.of(), Switches.NONE, List.of());
			}
			i = parser.take(rest, i);
		}
		return parser.invocation();
	}

	private static Verb verb(String word) {
		return switch (word) {
			case "run" -> Verb.RUN;
			case "sample" -> Verb.SAMPLE;
			case "status" -> Verb.STATUS;
			case "check" -> Verb.CHECK;
			case "export" -> Verb.EXPORT;
			case "restart" -> Verb.RESTART;
			case "recover" -> Verb.RECOVER;
			case "help" -> Verb.HELP;
			default -> throw new UsageException("unknown command '" + word + "'");
		};
	}

	/** The overrides as Spring command-line arguments. */
	public String[] springArguments() {
		List<String> args = new ArrayList<>();
		this.overrides.forEach((key, value) -> args.add("--" + key + "=" + value));
		return args.toArray(String[]::new);
	}

	/** Kept for callers of the first version: whether {@code --rescore} was given. */
	public boolean rescore() {
		return this.switches.rescore();
	}

	/** Collects options one argument at a time. */
	private static final class Parser {

		private final Verb verb;

		private final Path callerDir;

		private final Map<String, String> overrides = new LinkedHashMap<>();

		private final List<Path> files = new ArrayList<>();

		private boolean rescore;

		private Duration waitFor = Duration.ZERO;

		private boolean abandon;

		Parser(Verb verb, Path callerDir) {
			this.verb = verb;
			this.callerDir = callerDir;
		}

		boolean help(String arg) {
			return arg.equals("--help") || arg.equals("-h");
		}

		/** Takes the argument at {@code i} (and its value); returns the index of the last one taken. */
		int take(List<String> args, int i) {
			String arg = args.get(i);
			if (this.verb == Verb.CHECK && !arg.startsWith("--")) {
				this.files.add(this.callerDir.resolve(arg).normalize());
				return i;
			}
			if (arg.equals("--rescore")) {
				this.rescore = true;
				return i;
			}
			if (arg.equals("--abandon")) {
				if (this.verb != Verb.RECOVER) {
					throw new UsageException("--abandon goes with recover");
				}
				this.abandon = true;
				return i;
			}
			if (arg.equals("--wait") || arg.startsWith("--wait=")) {
				this.waitFor = waitFor(arg);
				return i;
			}
			return folder(args, i);
		}

		private int folder(List<String> args, int i) {
			String arg = args.get(i);
			String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			String property = FOLDER_OPTIONS.get(option);
			if (property == null) {
				throw new UsageException("unknown option '" + arg + "'");
			}
			int last = arg.contains("=") ? i : i + 1;
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : (last < args.size() ? args.get(last) : null);
			if (value == null || value.isBlank()) {
				throw new UsageException("option " + option + " needs a folder");
			}
			this.overrides.put(property, this.callerDir.resolve(value).normalize().toString());
			return last;
		}

		private static Duration waitFor(String arg) {
			if (arg.equals("--wait")) {
				return FOREVER;
			}
			try {
				long seconds = Long.parseLong(arg.substring("--wait=".length()));
				if (seconds < 0) {
					throw new NumberFormatException();
				}
				return Duration.ofSeconds(seconds);
			}
			catch (NumberFormatException ex) {
				throw new UsageException("--wait=SECONDS needs a whole number of seconds (was '" + arg + "')");
			}
		}

		Invocation invocation() {
			if (this.verb == Verb.CHECK && this.files.isEmpty()) {
				throw new UsageException("check needs at least one file");
			}
			return new Invocation(this.verb, this.overrides, new Switches(this.rescore, this.waitFor, this.abandon),
					List.copyOf(this.files));
		}

	}

}
