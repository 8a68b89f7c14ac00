package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.nhs.stp.settings.FaultPoints;

/**
 * {@code kill -9} at seeded points in every step ({@link FaultPoints}): the real launcher runs the
 * shipped sample in a separate process that blocks at the point; while it is stopped there and
 * after SIGKILL, every input file is in exactly one of {@code input/}, {@code archive/} or
 * {@code rejected/}, and every visible file in {@code output/} is whole (identical to the
 * uninterrupted run's); the next {@code run} completes, and the end state (observations, rejected
 * and missing rows, file ledger, scores, every report value) is identical to an uninterrupted run's.
 * Chunks of 1,000 values make each sample file span several commits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.CONCURRENT)
class FaultInjectionProcessTests {

	private static final Map<String, String> SMALL_CHUNKS = Map.of("STP_INGEST_CHUNKSIZE", "1000");

	private static final Duration MARKER_WAIT = Duration.ofSeconds(60);

	@TempDir
	static Path root;

	private EndState uninterrupted;

	private List<String> sampleFiles;

	@BeforeAll
	void runOnceUninterrupted() throws Exception {
		Installation stp = install("uninterrupted");
		Installation.Result result = stp.run("run");
		assertThat(result.exit()).as(result.toString()).isZero();
		this.uninterrupted = EndState.of(stp);
		this.sampleFiles = SampleData.deliveryOrder(Path.of("jobs/sample"));
		assertThat(this.uninterrupted.placement()).hasSize(this.sampleFiles.size());
	}

	@ParameterizedTest(name = "kill -9 at {0}")
	@ValueSource(strings = { "ingest.between-files:1", "ingest.between-files:3", "ingest.mid-file:1", "ingest.mid-file:5",
			"ingest.chunk-written:3", "ingest.chunk-written:11", "ingest.archiving:1", "ingest.archiving:3",
			"ingest.archived", "score.started", "score.written", "report.started", "report.file-opened:2",
			"report.file-written:1", "report.file-written:7", "report.written", "job.finishing" })
	void aRunKilledAtThisPointIsFinishedByTheNextAsIfNeverInterrupted(String point) throws Exception {
		// given: a run stopped at the point
		Installation stp = install(point.replace(':', '-'));
		Installation.Running run = stp.start(stp.home, Map.of(FaultPoints.VARIABLE, point), "run");
		run.awaitOutput(FaultPoints.MARKER + " " + (point.contains(":") ? point : point + ":1"), MARKER_WAIT);
		assertNothingLostOrHalfWritten(stp);
		// when: it is killed with SIGKILL, and the next run starts
		run.kill();
		assertNothingLostOrHalfWritten(stp);
		Installation.Result next = stp.run("run");
		// then: the next run finishes it, and the end is as if nothing had happened
		assertThat(next.exit()).as(next.toString()).isZero();
		if (point.equals("job.finishing")) {
			// the job was recorded complete before its listeners ran: nothing is left to do
			assertThat(next.out()).startsWith("Nothing new");
		}
		else {
			assertThat(next.out()).contains("Run 1 was cut off while STARTED").contains("nightly run 1 (restarted): COMPLETED");
		}
		assertNothingLostOrHalfWritten(stp);
		assertThat(stp.output()).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".part"));
		EndState.of(stp).assertSameAs(this.uninterrupted);
	}

	private Installation install(String name) throws IOException {
		Installation stp = Installation.create(Files.createDirectories(root.resolve(name)));
		SMALL_CHUNKS.forEach(stp::with);
		stp.dropSample();
		return stp;
	}

	/** Each sample file in exactly one place; each visible report file whole, as the uninterrupted run wrote it. */
	private void assertNothingLostOrHalfWritten(Installation stp) throws IOException {
		List<String> placement = EndState.placement(stp.input());
		for (String file : this.sampleFiles) {
			assertThat(placement.stream().filter(p -> Path.of(p).getFileName().toString().equals(file)))
				.as("%s in exactly one of input/, archive/, rejected/: %s", file, placement)
				.hasSize(1)
				.allMatch(p -> p.equals(file) || p.startsWith("archive/") || p.startsWith("rejected/"));
		}
		EndState.reports(stp.output())
			.forEach((name, content) -> EndState.assertSameLines("visible report file " + name, content,
					this.uninterrupted.reports().get(name)));
	}

}
