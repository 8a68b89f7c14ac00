package uk.nhs.stp.cli;

import java.io.PrintStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;

import uk.nhs.stp.settings.ConfigurationException;

/**
 * The command line: parses the verb and options, starts the application, runs the verb and turns
 * the outcome into an exit code (0 success or nothing new, 1 the job failed, 2 bad usage or
 * configuration). What it prints for people goes to the given streams, so tests can read it.
 */
public final class CommandLine {

	private static final Logger log = LoggerFactory.getLogger(CommandLine.class);

	private final Class<?> application;

	private final PrintStream out;

	private final PrintStream err;

	public CommandLine(Class<?> application, PrintStream out, PrintStream err) {
		this.application = application;
		this.out = out;
		this.err = err;
	}

	public int execute(String... args) {
		Invocation invocation;
		try {
			invocation = Invocation.parse(args);
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
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplication(this.application).run(invocation.springArguments());
		}
		catch (RuntimeException ex) {
			return startupFailure(ex);
		}
		try (context) {
			return run(context, invocation);
		}
		catch (Exception ex) {
			log.error("run failed", ex);
			this.err.println("stp-analytics: the run failed: " + NightlyRunner.rootCause(ex));
			return ExitCodes.FAILED;
		}
	}

	private int run(ConfigurableApplicationContext context, Invocation invocation) throws Exception {
		if (invocation.verb() == Invocation.Verb.STATUS) {
			context.getBean(StatusCommand.class).lines().forEach(this.out::println);
			return ExitCodes.OK;
		}
		if (invocation.verb() == Invocation.Verb.CHECK) {
			CheckCommand.Outcome outcome = context.getBean(CheckCommand.class)
				.check(invocation.files().stream().map(java.nio.file.Path::of).toList());
			outcome.lines().forEach(this.out::println);
			return outcome.clean() ? ExitCodes.OK : ExitCodes.FAILED;
		}
		if (invocation.verb() == Invocation.Verb.EXPORT) {
			this.out.println(context.getBean(ExportCommand.class).export());
			return ExitCodes.OK;
		}
		NightlyRunner runner = context.getBean(NightlyRunner.class);
		if (invocation.verb() == Invocation.Verb.SAMPLE) {
			int copied = runner.copySample();
			this.out.println("Copied " + copied + " sample file(s) into " + runner.inputDir());
		}
		NightlyRunner.Outcome outcome = runner.run(invocation.rescore());
		if (outcome.nothingNew() != null) {
			this.out.println(outcome.nothingNew());
			return ExitCodes.OK;
		}
		outcome.summary().lines().forEach(this.out::println);
		log.info("run {} finished: {}", outcome.summary().runId(), outcome.summary().status());
		return outcome.summary().failure() == null ? ExitCodes.OK : ExitCodes.FAILED;
	}

	/** Configuration problems are exit code 2 and name the file and key; anything else is 1. */
	private int startupFailure(RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConfigurationException config) {
				this.err.println("stp-analytics: bad configuration: " + config.getMessage());
				return ExitCodes.USAGE_OR_CONFIGURATION;
			}
			if (cause instanceof BindException bind) {
				this.err.println("stp-analytics: bad configuration: " + bindMessage(bind));
				return ExitCodes.USAGE_OR_CONFIGURATION;
			}
		}
		Throwable root = NightlyRunner.rootCause(ex);
		log.error("start-up failed", ex);
		this.err.println("stp-analytics: could not start: " + describe(root));
		return ExitCodes.FAILED;
	}

	private static String bindMessage(BindException bind) {
		String origin = bind.getProperty() == null || bind.getProperty().getOrigin() == null ? ""
				: " (" + bind.getProperty().getOrigin() + ")";
		Throwable reason = bind.getCause() instanceof ConfigurationException ? bind.getCause()
				: NightlyRunner.rootCause(bind);
		return bind.getName() + origin + ": " + reason.getMessage();
	}

	private static String describe(Throwable root) {
		String message = String.valueOf(root.getMessage());
		if (message.contains("lockFile") || message.contains("lock acquisition")) {
			return "another stp-analytics run is using the database (" + message + ")";
		}
		return root.getClass().getSimpleName() + ": " + message;
	}

}
