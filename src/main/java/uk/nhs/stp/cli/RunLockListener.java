package uk.nhs.stp.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import uk.nhs.stp.store.StoreVendor;

/**
 * Takes the {@link RunLock} as soon as Spring has read the settings (so the database is known:
 * {@code spring.datasource.url}, or for HSQLDB {@code stp.db-dir} from {@code jobs/application.properties}
 * or {@code --db}) and before anything opens or migrates the database. A URL naming a database the
 * store does not run on is bad configuration here, before anything else happens. Runs after Boot's logging listener, so waiting and refusals are logged too.
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
		Environment environment = event.getEnvironment();
		this.logFile = environment.getProperty("logging.file.name");
		String url = environment.getProperty("spring.datasource.url");
		if (url != null && StoreVendor.ofUrl(url) == StoreVendor.POSTGRESQL) {
			this.lock = RunLock.acquire(AdvisoryLock.connect(url, environment.getProperty("spring.datasource.username"),
					environment.getProperty("spring.datasource.password")), this.verb, this.waitFor, this.out);
			return;
		}
		String dbDir = environment.getProperty("stp.db-dir");
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
