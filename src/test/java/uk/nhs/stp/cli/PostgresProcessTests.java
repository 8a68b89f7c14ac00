package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.stp.PostgresTestServer;
import uk.nhs.stp.settings.FaultPoints;

/**
 * The same packaged jar on PostgreSQL by its environment alone ({@code SPRING_DATASOURCE_URL},
 * {@code _USERNAME}, {@code _PASSWORD}; nothing in a file), through the real launcher, beside an
 * installation on the default HSQLDB file database: one run at a time on PostgreSQL too (a second
 * run is refused naming the first, a third waits, and when the first is killed with SIGKILL its
 * advisory lock dies with its connection), the waiting run carries the killed one on, and the
 * sample then ends exactly as it does on HSQLDB: every input file in the same place, every
 * observation, ledger row, ingest event and stored score (area and metric scores, model terms,
 * summaries, peers, pairs, SPC points, sensitivity) equal column by column, and every line of every
 * CSV and every cell of every workbook the same. The HSQLDB run reads files and scores metrics one
 * at a time, the PostgreSQL run two at a time, so the end states also agree across thread counts.
 */
@ExtendWith(PostgresTestServer.Required.class)
class PostgresProcessTests {

	private static final Duration MARKER_WAIT = Duration.ofSeconds(60);

	@TempDir
	Path root;

	@Test
	void theSameJarOnPostgresqlHoldsOneRunAtATimeAndEndsTheSampleExactlyAsOnHsqldb() throws Exception {
		// given: two installations of the jar, one left on HSQLDB reading and scoring on one thread,
		// one given PostgreSQL in its environment and two threads for each partitioned step
		PostgresTestServer.Server server = PostgresTestServer.require();
		String url = server.freshSchema("proc_sample");
		Installation hsqldb = Installation.create(this.root.resolve("hsqldb"))
			.with("STP_INGEST_THREADS", "1")
			.with("STP_SCORE_THREADS", "1");
		Installation postgresql = Installation.create(this.root.resolve("postgresql"))
			.with("STP_INGEST_THREADS", "2")
			.with("STP_SCORE_THREADS", "2")
			.with("SPRING_DATASOURCE_URL", url)
			.with("SPRING_DATASOURCE_USERNAME", server.username())
			.with("SPRING_DATASOURCE_PASSWORD", server.password());
		// when: on PostgreSQL a run stops between two files, holding the lock; a second run is refused;
		// a third waits; the first is killed
		Installation.Running first = postgresql.start(postgresql.home, Map.of(FaultPoints.VARIABLE, "ingest.between-files"),
				"sample");
		first.awaitOutput(FaultPoints.MARKER, MARKER_WAIT);
		String holder = "pid " + first.process.pid() + ", 'sample', started ";
		Installation.Result refused = postgresql.run("run");
		Installation.Running patient = postgresql.start(postgresql.home, Map.of(), "run", "--wait");
		patient.awaitOutput("Waiting for the run using the database to finish: " + holder, MARKER_WAIT);
		first.kill();
		Installation.Result carriedOn = patient.finish(Duration.ofMinutes(2));
		Installation.Result onHsqldb = hsqldb.run("sample");
		Installation.Result exported = postgresql.run("export");
		Installation.Result exportedHsqldb = hsqldb.run("export");
		// then: refused naming the holder and the database (never its password), then carried on
		assertThat(refused.exit()).as(refused.toString()).isEqualTo(ExitCodes.BUSY);
		assertThat(refused.err()).contains("another stp-analytics run is using the database " + server.url()
				+ " (schema proc_sample): " + holder)
			.contains(", run 1 (connected from 127.0.0.1). Nothing was done")
			.doesNotContain(server.password());
		assertThat(carriedOn.exit()).as(carriedOn.toString()).isZero();
		assertThat(carriedOn.out()).contains("The other run has finished; going ahead.")
			.contains("Run 1 was cut off while STARTED")
			.contains("stp-analytics nightly run 1 (restarted): COMPLETED")
			.doesNotContain("Backed up the database");
		assertThat(onHsqldb.exit()).as(onHsqldb.toString()).isZero();
		assertThat(onHsqldb.out()).contains("Backed up the database");
		assertThat(exported.exit()).as(exported.toString()).isZero();
		assertThat(exportedHsqldb.exit()).as(exportedHsqldb.toString()).isZero();
		// then: nothing of HSQLDB on PostgreSQL's side, and the log says what is done differently
		assertThat(postgresql.db()).doesNotExist();
		assertThat(postgresql.backups()).doesNotExist();
		assertThat(Files.readString(postgresql.logFile())).contains("backup: not taken, the database is PostgreSQL ")
			.contains("PostgreSQL: no CHECKPOINT");
		// then: the same end state, row by row and cell by cell
		EndState expected = EndState.of(hsqldb);
		try (Connection db = DriverManager.getConnection(url, server.username(), server.password())) {
			EndState actual = EndState.of(postgresql, db);
			assertThat(actual.tables().get("STP_AREA_SCORE")).hasSize(44);
			assertThat(actual.tables().get("STP_METRIC_SCORE")).hasSize(346);
			assertThat(actual.tables().get("STP_SPC_POINT")).hasSize(6187);
			assertThat(actual.reports()).containsKey("observations.csv").hasSizeGreaterThan(8);
			actual.assertSameAs(expected);
		}
	}

}
