package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import uk.nhs.stp.PostgresTestServer;
import uk.nhs.stp.settings.ConfigurationException;

/**
 * The run lock on PostgreSQL, in one JVM (advisory locks belong to sessions, not processes): a
 * second run is refused naming the first, or waits and goes ahead once it is released; stores in
 * other schemas do not block each other; a wrong password is bad configuration and an unreachable
 * server says so. {@code PostgresProcessTests} kills a holder with SIGKILL.
 */
@ExtendWith(PostgresTestServer.Required.class)
class AdvisoryLockPostgresTests {

	private final ByteArrayOutputStream said = new ByteArrayOutputStream();

	private final PrintStream out = new PrintStream(this.said, true, StandardCharsets.UTF_8);

	@Test
	void aSecondRunIsRefusedNamingTheFirstThenGoesAheadOnceItIsReleased() throws Exception {
		PostgresTestServer.Server server = PostgresTestServer.require();
		String url = server.freshSchema("it_lock");
		RunLock first = RunLock.acquire(lock(server, url), "sample", Duration.ZERO, this.out);
		first.describe("run 17");
		long pid = ProcessHandle.current().pid();
		assertThatThrownBy(() -> RunLock.acquire(lock(server, url), "run", Duration.ofMillis(600), this.out))
			.isInstanceOf(RunLock.BusyException.class)
			.hasMessageStartingWith("another stp-analytics run is using the database " + server.url() + " (schema it_lock): pid "
					+ pid + ", 'sample', started ")
			.hasMessageContaining(", run 17 (connected from 127.0.0.1). Nothing was done");
		assertThat(this.said.toString(StandardCharsets.UTF_8))
			.contains("Waiting for the run using the database to finish: pid " + pid + ", 'sample', started ");
		// another store, in another schema of the same database, is not blocked
		RunLock.acquire(lock(server, server.freshSchema("it_lock_other")), "run", Duration.ZERO, this.out).close();
		first.close();
		RunLock second = RunLock.acquire(lock(server, url), "run", Duration.ZERO, this.out);
		second.close();
	}

	@Test
	void aRunThatWaitsGoesAheadWhenTheHolderEnds() throws Exception {
		PostgresTestServer.Server server = PostgresTestServer.require();
		String url = server.freshSchema("it_lock_wait");
		RunLock first = RunLock.acquire(lock(server, url), "sample", Duration.ZERO, this.out);
		Thread release = new Thread(() -> {
			sleep(700);
			first.close();
		});
		release.start();
		long started = System.nanoTime();
		RunLock.acquire(lock(server, url), "run", Duration.ofSeconds(30), this.out).close();
		assertThat((System.nanoTime() - started) / 1e9).isBetween(0.5, 10.0);
		assertThat(this.said.toString(StandardCharsets.UTF_8)).contains("The other run has finished; going ahead.");
		release.join();
	}

	@Test
	void aRefusedLoginIsBadConfigurationAndAnUnreachableServerIsSaid() {
		PostgresTestServer.Server server = PostgresTestServer.require();
		assertThatThrownBy(() -> AdvisoryLock.connect(server.url(), server.username(), "wrong"))
			.isInstanceOf(ConfigurationException.class)
			.hasMessageContaining("PostgreSQL refused the database " + server.url() + " to user 'stp_test'")
			.hasMessageContaining("SPRING_DATASOURCE_PASSWORD")
			.hasMessageNotContaining("wrong");
		assertThatThrownBy(() -> AdvisoryLock.connect("jdbc:postgresql://127.0.0.1:1/stp?password=secret", "stp", "x"))
			.isInstanceOf(RunLock.UnreachableException.class)
			.hasMessageStartingWith("cannot connect to the database jdbc:postgresql://127.0.0.1:1/stp: ")
			.hasMessageContaining("is the server running")
			.hasMessageNotContaining("secret");
	}

	@Test
	void theHolderLineIsRebuiltFromTheSession() {
		Timestamp started = Timestamp.valueOf(LocalDateTime.of(2026, 11, 24, 2, 30, 1, 500_000_000));
		assertThat(AdvisoryLock.holder("stp-analytics pid 4242, 'run', run 17", started, "10.0.0.5"))
			.isEqualTo("pid 4242, 'run', started 2026-11-24T02:30:01, run 17 (connected from 10.0.0.5)");
		assertThat(AdvisoryLock.holder("stp-analytics pid 4242, 'status'", null, null)).isEqualTo("pid 4242, 'status'");
	}

	private static AdvisoryLock lock(PostgresTestServer.Server server, String url) {
		return AdvisoryLock.connect(url, server.username(), server.password());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
