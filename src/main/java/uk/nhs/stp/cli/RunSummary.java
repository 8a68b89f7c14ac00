package uk.nhs.stp.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run did, as the command line prints it at the end.
 *
 * @param runId the run number
 * @param restarted whether this execution restarted a failed one
 * @param status COMPLETED, NOTHING_NEW or FAILED
 * @param failure where and why it failed, or null
 * @param elapsed how long the execution took
 * @param files file counts by fate (loaded, rejected, ignored)
 * @param rowsAccepted rows loaded as observations
 * @param rowsRejected rows rejected
 * @param rowsMissing values recorded as missing
 * @param tiers area counts by tier name, most support first, "Not scored" last
 * @param report the workbook written, or null
 */
public record RunSummary(long runId, boolean restarted, String status, String failure, Duration elapsed,
		Map<String, Long> files, long rowsAccepted, long rowsRejected, long rowsMissing, Map<String, Long> tiers,
		String report) {

	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add("stp-analytics nightly run " + this.runId + (this.restarted ? " (restarted)" : "") + ": " + this.status
				+ " in " + String.format("%.1f s", this.elapsed.toMillis() / 1000.0));
		lines.add("  Files:  " + count("loaded") + " loaded, " + count("rejected") + " rejected, " + count("ignored")
				+ " ignored");
		lines.add(String.format("  Rows:   %,d accepted, %,d rejected, %,d missing", this.rowsAccepted, this.rowsRejected,
				this.rowsMissing));
		if (!this.tiers.isEmpty()) {
			lines.add("  Areas:  " + this.tiers.entrySet()
				.stream()
				.map(e -> e.getValue() + " " + e.getKey().toLowerCase())
				.collect(Collectors.joining(", ")));
		}
		if (this.report != null) {
			lines.add("  Report: " + this.report);
		}
		if (this.failure != null) {
			lines.add("  Failed: " + this.failure);
			lines.add("  Run the same command again to restart where it stopped; nothing loaded is counted twice.");
		}
		return lines;
	}

	private long count(String fate) {
		return this.files.getOrDefault(fate, 0L);
	}

}
