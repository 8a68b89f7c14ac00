package uk.nhs.stp.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Takes the {@link RunLock} as soon as Spring has read the settings (so {@code stp.db-dir} is known,
 * from {@code jobs/application.properties} or {@code --db}) and before anything opens or migrates
 * the database. Runs after Boot's logging listener, so waiting and refusals are logged too.
 */
final class RunLockListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	private final String verb;

	private final Duration waitFor;

	private final PrintStream out;

	private RunLock lock;

	private String logFile;

	RunLockListener(String verb, Duration waitFor, PrintStream out) {
		this.verb = verb;
		this.waitFor = waitFor;
		this.out = out;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		this.logFile = event.getEnvironment().getProperty("logging.file.name");
		String dbDir = event.getEnvironment().getProperty("stp.db-dir");
		if (dbDir == null || dbDir.isBlank()) {
			return; // StpProperties reports the missing setting as bad configuration
		}
		this.lock = RunLock.acquire(Path.of(dbDir).toAbsolutePath().normalize(), this.verb, this.waitFor, this.out);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** The lock taken, or null if start-up failed before it. */
	RunLock lock() {
		return this.lock;
	}

	/** The log file as configured, for messages that send the operator there. */
	String logFile() {
		return this.logFile == null ? "logs/stp-analytics.log" : this.logFile;
	}

}
