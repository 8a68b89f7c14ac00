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

	private final boolean mayFindNothingNew;

	private RunLock lock;

	private RestartMark mark;

	private String logFile;

	RunLockListener(String verb, Duration waitFor, PrintStream out) {
		this(verb, waitFor, out, false);
	}

	/**
	 * @param mayFindNothingNew a {@code run} without {@code --rescore}: if the database's
	 * {@link RestartMark} holds and no file is waiting, the night is known to have nothing to do
	 * here, before Spring opens the database
	 */
	RunLockListener(String verb, Duration waitFor, PrintStream out, boolean mayFindNothingNew) {
		this.verb = verb;
		this.waitFor = waitFor;
		this.out = out;
		this.mayFindNothingNew = mayFindNothingNew;
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
		this.mark = RestartMark.of(event.getEnvironment());
		if (this.mark == null) {
			return;
		}
		if (this.mayFindNothingNew && this.mark.holds()) {
			String input = event.getEnvironment().getProperty("stp.input-dir");
			if (input != null && NothingNew.nothingWaiting(Path.of(input).toAbsolutePath().normalize())) {
				throw new NothingNew(NightlyRunner.nothingNew(Path.of(input).toAbsolutePath().normalize()));
			}
		}
		this.mark.remove();
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** The lock taken, or null if start-up failed before it. */
	RunLock lock() {
		return this.lock;
	}

	/** The database's restart mark, removed when the lock was taken; null where none is kept. */
	RestartMark mark() {
		return this.mark;
	}

	/** The log file as configured, for messages that send the operator there. */
	String logFile() {
		return this.logFile == null ? "logs/stp-analytics.log" : this.logFile;
	}

}
