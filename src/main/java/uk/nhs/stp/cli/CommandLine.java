package uk.nhs.stp.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: parses the verb and options, takes the run lock, starts the application, runs
 * the verb and turns the outcome into an exit code (see {@link ExitCodes}). What it prints for
 * people goes to the given streams, so tests can read it; expected failures are one line on
 * {@code err}, and stack traces go to the log file only.
 */
public final class CommandLine {

	/** Set by the launcher to the folder the command was typed in. */
	public static final String CALLER_DIR = "STP_CALLER_DIR";

	private static final Logger log = LoggerFactory.getLogger(CommandLine.class);

	private final Class<?> application;

	private final PrintStream out;

	private final PrintStream err;

	private final Path callerDir;

	public CommandLine(Class<?> application, PrintStream out, PrintStream err) {
		this(application, out, err, Path.of("").toAbsolutePath());
	}

	/**
	 * @param callerDir the folder the command was typed in: paths on the command line are relative to it
	 */
	public CommandLine(Class<?> application, PrintStream out, PrintStream err, Path callerDir) {
		this.application = application;
		this.out = out;
		this.err = err;
		this.callerDir = callerDir;
	}

	/** The caller's folder from the launcher's {@value #CALLER_DIR}, else the working folder. */
	public static Path callerDir(Map<String, String> environment) {
		String dir = environment.get(CALLER_DIR);
		return dir == null || dir.isBlank() ? Path.of("").toAbsolutePath() : Path.of(dir);
	}

	public int execute(String... args) {
		Invocation invocation;
		try {
			invocation = Invocation.parse(this.callerDir, args);
		}
		catch (UsageException ex) {
			this.err.println("stp-analytics: " + ex.getMessage());
			this.err.println(Invocation.USAGE);
			return ExitCodes.USAGE_OR_CONFIGURATION;
		}
		if (invocation.verb() == Invocation.Verb.HELP) {
			this.out.println(Invocation.USAGE);
			return ExitCodes.OK;
		}
		RunLockListener locking = new RunLockListener(invocation.verb().name().toLowerCase(),
				invocation.switches().waitFor(), this.out,
				invocation.verb() == Invocation.Verb.RUN && !invocation.switches().rescore());
		try {
			return start(invocation, locking);
		}
		finally {
			if (locking.lock() != null) {
				locking.lock().close();
			}
		}
	}

	private int start(Invocation invocation, RunLockListener locking) {
		// check reads no store: it starts an application of the reader alone
		SpringApplication spring = new SpringApplication(
				invocation.verb() == Invocation.Verb.CHECK ? CheckApplication.class : this.application);
		if (invocation.verb().usesStore()) {
			spring.addListeners(locking);
		}
		ConfigurableApplicationContext context;
		try {
			context = spring.run(invocation.springArguments());
		}
		catch (NothingNew ex) {
			this.out.println(ex.line());
			log.info("nothing new, known before the database was opened: {}", ex.line());
			return ExitCodes.OK;
		}
		catch (RuntimeException ex) {
			return fail("could not start", ex, locking);
		}
		int exitCode;
		boolean settled;
		try (context) {
			Consumer<String> doing = locking.lock() == null ? text -> {
			} : locking.lock()::describe;
			exitCode = new Verbs(context, this.out).run(invocation, doing);
			settled = locking.mark() != null && context.getBean(NightlyRunner.class).settled();
		}
		catch (Exception ex) {
			return fail("failed", ex, locking);
		}
		if (settled) {
			// the database has shut down (the context is closed): its files are as the next night finds them
			locking.mark().write();
		}
		return exitCode;
	}

	private int fail(String what, Exception ex, RunLockListener locking) {
		log.error("stp-analytics {}", what, ex);
		Failures.Told told = Failures.explain(ex, what, Path.of(locking.logFile()).toAbsolutePath().toString());
		this.err.println("stp-analytics: " + told.message() + " [exit code " + told.exitCode() + "]");
		return told.exitCode();
	}

}
