package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.stp.settings.FaultPoints;

/**
 * One run at a time, said out loud, with real processes: while a run holds the database, a second
 * is refused naming it, or waits for it saying so; and when the first is killed with SIGKILL its
 * lock dies with it, so the waiting run goes ahead at once and carries the killed run on.
 */
class RunLockProcessTests {

	private static final Duration MARKER_WAIT = Duration.ofSeconds(60);

	@TempDir
	Path root;

	@Test
	void aSecondRunIsRefusedOrWaitsAndAKilledRunsLockNeverBlocks() throws Exception {
		// given: a run holding the database, stopped between two files
		Installation stp = Installation.create(this.root);
		Installation.Running first = stp.start(stp.home, Map.of(FaultPoints.VARIABLE, "ingest.between-files"), "sample");
		first.awaitOutput(FaultPoints.MARKER, MARKER_WAIT);
		String holder = "pid " + first.process.pid() + ", 'sample', started ";
		// when: a second run starts, then status, then a run willing to wait two seconds
		Installation.Result refused = stp.run("run");
		Installation.Result status = stp.run("status");
		long started = System.nanoTime();
		Installation.Result gaveUp = stp.run(stp.home, Map.of(), "run", "--wait=2");
		double waited = (System.nanoTime() - started) / 1e9;
		// then: each is refused with exit code 3, naming the run that holds the database
		for (Installation.Result result : new Installation.Result[] { refused, status, gaveUp }) {
			assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCodes.BUSY);
			assertThat(result.err()).contains("another stp-analytics run is using the database " + stp.db())
				.contains(holder)
				.contains(", run 1.")
				.contains("Nothing was done");
		}
		assertThat(gaveUp.out()).contains("Waiting for the run using the database to finish: " + holder);
		assertThat(waited).isGreaterThanOrEqualTo(2.0);
		// when: a run that waits as long as it takes is started, and the first is killed
		Installation.Running patient = stp.start(stp.home, Map.of(), "run", "--wait");
		patient.awaitOutput("Waiting for the run using the database to finish: " + holder, MARKER_WAIT);
		first.kill();
		Installation.Result carriedOn = patient.finish(Duration.ofMinutes(2));
		// then: the killed run's lock did not outlive it; the waiting run recovered and finished it
		assertThat(carriedOn.exit()).as(carriedOn.toString()).isZero();
		assertThat(carriedOn.out()).contains("The other run has finished; going ahead.")
			.contains("Run 1 was cut off while STARTED")
			.contains("stp-analytics nightly run 1 (restarted): COMPLETED")
			.contains("Files:  4 loaded, 0 rejected, 0 duplicate, 0 still arriving");
	}

}
