package uk.nhs.stp.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed command line: the verb and its options. Folder options become property overrides, so
 * they take precedence over {@code jobs/application.properties}.
 *
 * @param verb run, sample, status or help
 * @param overrides property overrides, e.g. {@code stp.input-dir}
 * @param rescore score and report even if nothing new was loaded
 * @param files the files named after {@code check}
 */
public record Invocation(Verb verb, Map<String, String> overrides, boolean rescore, List<String> files) {

	/** What the command line was asked to do. */
	public enum Verb {

		RUN, SAMPLE, CHECK, EXPORT, STATUS, HELP

	}

	public static final String USAGE = """
			Usage: jobs/nightly [run|sample|check FILE...|export|status|help] [options]

			  run      ingest new files from the input folder, score every area and write the report (default)
			  sample   copy the shipped sample data (jobs/sample) into the input folder, then run
			  check FILE...  show how files would be read (layout, observations, rejected rows) without
			           loading them; exit 0 when everything would load, 1 otherwise
			  export   write the store's observations (latest revisions) to observations.csv in the output folder
			  status   show the last runs and the file ledger
			  help     show this message

			Options (override jobs/application.properties):
			  --input DIR    input folder (stp.input-dir)
			  --output DIR   output folder (stp.output-dir)
			  --db DIR       database folder (stp.db-dir)
			  --rescore      score and report even if no new file was loaded

			Exit codes: 0 success or nothing new, 1 the job failed (run again to restart it), 2 bad usage or configuration.""";

	private static final Map<String, String> FOLDER_OPTIONS = Map.of("--input", "stp.input-dir", "--output",
			"stp.output-dir", "--db", "stp.db-dir");

	/**
	 * @throws UsageException naming the option that was not understood
	 */
	public static Invocation parse(String... args) {
		List<String> rest = new ArrayList<>(List.of(args));
		Verb verb = Verb.RUN;
		if (!rest.isEmpty() && !rest.get(0).startsWith("-")) {
			verb = verb(rest.remove(0));
		}
		Map<String, String> overrides = new LinkedHashMap<>();
		List<String> files = new ArrayList<>();
		boolean rescore = false;
		for (int i = 0; i < rest.size(); i++) {
			String arg = rest.get(i);
			if (arg.equals("--help") || arg.equals("-h")) {
				return new Invocation(Verb.HELP, Map.of(), false, List.of());
			}
			if (verb == Verb.CHECK && !arg.startsWith("--")) {
				files.add(arg);
				continue;
			}
			if (arg.equals("--rescore")) {
				rescore = true;
				continue;
			}
			String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			String property = FOLDER_OPTIONS.get(option);
			if (property == null) {
				throw new UsageException("unknown option '" + arg + "'");
			}
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : (++i < rest.size() ? rest.get(i) : null);
			if (value == null || value.isBlank()) {
				throw new UsageException("option " + option + " needs a folder");
			}
			overrides.put(property, value);
		}
		if (verb == Verb.CHECK && files.isEmpty()) {
			throw new UsageException("check needs at least one file");
		}
		return new Invocation(verb, overrides, rescore, List.copyOf(files));
	}

	private static Verb verb(String word) {
		return switch (word) {
			case "run" -> Verb.RUN;
			case "sample" -> Verb.SAMPLE;
			case "status" -> Verb.STATUS;
			case "check" -> Verb.CHECK;
			case "export" -> Verb.EXPORT;
			case "help" -> Verb.HELP;
			default -> throw new UsageException("unknown command '" + word + "'");
		};
	}

	/** The overrides as Spring command-line arguments. */
	public String[] springArguments() {
		List<String> args = new ArrayList<>();
		this.overrides.forEach((key, value) -> args.add("--" + key + "=" + value));
		if (this.verb == Verb.CHECK) {
			// check reads no store: nothing that opens or migrates the database is created
			args.add("--spring.main.lazy-initialization=true");
			args.add("--spring.flyway.enabled=false");
		}
		return args.toArray(String[]::new);
	}

}
