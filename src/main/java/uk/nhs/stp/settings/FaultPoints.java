package uk.nhs.stp.settings;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seeded crash points for the fault-injection tests ({@code FaultInjectionProcessTests}). Inert
 * unless the environment variable {@value #VARIABLE} is set to {@code name} or {@code name:n}: then
 * the n-th time (default the first) the named point is reached, the process prints
 * {@value #MARKER} and the name on the console and blocks, so the test can kill it with SIGKILL
 * at exactly that place. A process nobody kills halts itself after {@link #GIVE_UP}. With
 * {@value #RESUME} also set to a file's path, the process instead waits there until that file
 * exists and then carries on (so a test can, say, fill the disk half-way through a run).
 * <p>
 * The points, named by what has and has not happened yet. Whoever reshapes a step must keep each
 * point at its equivalent place:
 * <ul>
 * <li>{@code ingest.between-files}: every file is admitted (committed) and the partition of a file
 * other than the first is about to open it (other partitions may be part-way through theirs)</li>
 * <li>{@code ingest.mid-file}: a chunk of a file's partition has been committed and the next
 * chunk of the same file is being read</li>
 * <li>{@code ingest.chunk-written}: a chunk's observations and notes are written but not
 * committed</li>
 * <li>{@code ingest.archiving}: a file's destination is recorded (committed) but the file has not
 * been moved out of the input folder yet</li>
 * <li>{@code ingest.archived}: every file has been moved; the archive step is not yet recorded as
 * complete</li>
 * <li>{@code score.started}: the score step has begun; nothing of this run's scores is stored</li>
 * <li>{@code score.written}: this run's scores are written but not committed</li>
 * <li>{@code report.started}: scores are committed; no report file has been written</li>
 * <li>{@code report.file-opened}: a report file's temporary copy has been created, nothing written
 * into it yet</li>
 * <li>{@code report.file-written}: a report file's temporary copy is complete but not yet moved into
 * place</li>
 * <li>{@code report.written}: every report file is in place; the step is not yet recorded as
 * complete</li>
 * <li>{@code job.finishing}: every step is complete; the job is not yet recorded as complete</li>
 * </ul>
 */
public final class FaultPoints {

	/** The environment variable that arms one point: {@code name} or {@code name:n}. */
	public static final String VARIABLE = "STP_FAULT_POINT";

	/** A file whose appearance lets a process paused at the armed point carry on. */
	public static final String RESUME = "STP_FAULT_RESUME";

	/** Printed (with the point's name) when an armed point is reached. */
	public static final String MARKER = "FAULT POINT REACHED:";

	/** How long a process blocked at a point waits to be killed before it halts itself. */
	static final Duration GIVE_UP = Duration.ofMinutes(2);

	private static final Armed ARMED = Armed.parse(System.getenv(VARIABLE));

	private static final String RESUME_FILE = System.getenv(RESUME);

	private FaultPoints() {
	}

	/** Marks that the named point was reached; blocks there if it is the armed point. */
	public static void reached(String point) {
		if (ARMED != null && ARMED.point().equals(point) && ARMED.count().incrementAndGet() == ARMED.occurrence()) {
			Progress.line("{} {}:{} (pid {})", MARKER, point, ARMED.occurrence(), ProcessHandle.current().pid());
			block();
		}
	}

	private static void block() {
		try {
			long deadline = System.nanoTime() + GIVE_UP.toNanos();
			while (System.nanoTime() < deadline) {
				if (RESUME_FILE != null && java.nio.file.Files.exists(java.nio.file.Path.of(RESUME_FILE))) {
					Progress.line("fault point: resuming");
					return;
				}
				Thread.sleep(100);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		// a test that forgot its process must not leave it holding the run lock for ever
		Runtime.getRuntime().halt(99);
	}

	/** The armed point and which occurrence of it blocks. */
	private record Armed(String point, int occurrence, AtomicInteger count) {

		static Armed parse(String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			int colon = value.lastIndexOf(':');
			if (colon < 0) {
				return new Armed(value.trim(), 1, new AtomicInteger());
			}
			return new Armed(value.substring(0, colon).trim(), Integer.parseInt(value.substring(colon + 1).trim()),
					new AtomicInteger());
		}

	}

}
