package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results do not depend on how many files are read or metrics scored at once: the sample run
 * with one thread for each partitioned step (partitions run one after another on the main thread)
 * leaves exactly the end state of a run with two (the ledger, every observation and rejected row,
 * every stored score, every cell of every report), and the two-thread run really did use two.
 */
class PartitionThreadsProcessTests {

	@TempDir
	Path root;

	@Test
	void oneThreadAndTwoThreadsLeaveTheSameEndState() throws Exception {
		Installation one = run("one-thread", 1);
		Installation two = run("two-threads", 2);
		EndState.of(two).assertSameAs(EndState.of(one));
		String log = Files.readString(two.logFile());
		// the log names each line's thread, right-aligned in brackets
		assertThat(log).containsPattern("\\[ *ingest-1\\]").containsPattern("\\[ *ingest-2\\]")
			.containsPattern("\\[ *score-1\\]").containsPattern("\\[ *score-2\\]");
		assertThat(Files.readString(one.logFile())).doesNotContainPattern("\\[ *(ingest|score)-1\\]");
	}

	private Installation run(String name, int threads) throws Exception {
		Installation stp = Installation.create(Files.createDirectories(this.root.resolve(name)))
			.with("STP_INGEST_THREADS", Integer.toString(threads))
			.with("STP_SCORE_THREADS", Integer.toString(threads));
		Installation.Result result = stp.run("sample");
		assertThat(result.exit()).as(result.toString()).isZero();
		assertThat(result.out()).contains("Files:  4 loaded, 0 rejected");
		return stp;
	}

}
