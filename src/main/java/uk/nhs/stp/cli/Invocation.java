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
 */
public record Invocation(Verb verb, Map<String, String> overrides, boolean rescore) {

	/** What the command line was asked to do. */
	public enum Verb {

		RUN, SAMPLE, STATUS, HELP

	}

	public static final String USAGE = """
			Usage: jobs/nightly [run|sample|status|help] [options]

			  run      ingest new files from the input folder, score every area and write the report (default)
			  sample   copy the shipped sample data (jobs/sample) into the input folder, then run
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
		boolean rescore = false;
		for (int i = 0; i < rest.size(); i++) {
			String arg = rest.get(i);
			if (arg.equals("--help") || arg.equals("-h")) {
				return new Invocation(Verb.HELP, Map.of(), false);
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
		return new Invocation(verb, overrides, rescore);
	}

	private static Verb verb(String word) {
		return switch (word) {
			case "run" -> Verb.RUN;
			case "sample" -> Verb.SAMPLE;
			case "status" -> Verb.STATUS;
			case "help" -> Verb.HELP;
			default -> throw new UsageException("unknown command '" + word + "'");
		};
	}

	/** The overrides as Spring command-line arguments. */
	public String[] springArguments() {
		return this.overrides.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}

}
