package uk.nhs.stp.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run did, as the command line prints it at the end: the run, what happened to every file
 * that was waiting, the rows, the areas by tier and the report written.
 *
 * @param run the run and how it ended
 * @param files every file the run looked at, in the order read, with its fate
 * @param rows rows loaded, rejected and recorded as missing
 * @param tiers area counts by tier name, most support first, "Not scored" last (empty if not scored)
 * @param report the workbook written, or null
 */
public record RunSummary(Run run, List<FileFate> files, Rows rows, Map<String, Long> tiers, String report) {

	/** Files listed one by one before the rest are counted. */
	static final int FILES_SHOWN = 50;

	/**
	 * @param id the run number
	 * @param restarted whether this execution restarted a failed one
	 * @param status how it ended, in words (COMPLETED, FAILED, nothing new…)
	 * @param failure where and why it failed, or null
	 * @param exitCode the command line's exit code for it (see {@link ExitCodes})
	 * @param elapsed how long the execution took
	 */
	public record Run(long id, boolean restarted, String status, String failure, int exitCode, Duration elapsed) {
	}

	/** Rows loaded as observations, rejected, and recorded as missing. */
	public record Rows(long accepted, long rejected, long missing) {
	}

	/** What happened to one waiting file. */
	public record FileFate(String name, Fate fate, String detail) {
	}

	/** The fates a waiting file can have, as the summary counts them. */
	public enum Fate {

		LOADED("loaded"), REJECTED("rejected"), DUPLICATE("duplicate"), ARRIVING("still arriving"),
		PART_LOADED("part loaded"), SET_ASIDE("set aside");

		/** The first four are always counted; the others only when they occur. */
		boolean alwaysCounted() {
			return ordinal() <= ARRIVING.ordinal();
		}

		final String words;

		Fate(String words) {
			this.words = words;
		}

	}

	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add("stp-analytics nightly run " + this.run.id() + (this.run.restarted() ? " (restarted)" : "") + ": "
				+ this.run.status() + " in " + String.format("%.1f s", this.run.elapsed().toMillis() / 1000.0));
		lines.add("  Files:  " + fileCounts(this.files));
		this.files.stream()
			.limit(FILES_SHOWN)
			.forEach(f -> lines.add(String.format("    %-15s %s%s", f.fate().words, f.name(), f.detail())));
		if (this.files.size() > FILES_SHOWN) {
			lines.add(String.format("    … and %,d more (see the ingest log)", this.files.size() - FILES_SHOWN));
		}
		lines.add(String.format("  Rows:   %,d accepted, %,d rejected, %,d missing", this.rows.accepted(),
				this.rows.rejected(), this.rows.missing()));
		if (!this.tiers.isEmpty()) {
			lines.add("  Areas:  " + this.tiers.entrySet()
				.stream()
				.map(e -> e.getValue() + " " + e.getKey().toLowerCase())
				.collect(Collectors.joining(", ")));
		}
		if (this.report != null) {
			lines.add("  Report: " + this.report);
		}
		if (this.run.failure() != null) {
			lines.add("  Failed: " + this.run.failure());
			lines.add("  Run the same command again to restart where it stopped; nothing loaded is counted twice.");
		}
		return lines;
	}

	/** "4 loaded, 0 rejected, 1 duplicate, 2 still arriving" (and any part loaded or set aside). */
	static String fileCounts(List<FileFate> files) {
		List<String> counts = new ArrayList<>();
		for (Fate fate : Fate.values()) {
			long n = count(files, fate);
			if (fate.alwaysCounted() || n > 0) {
				counts.add(n + " " + fate.words);
			}
		}
		String text = String.join(", ", counts);
		return count(files, Fate.ARRIVING) > 0 ? text + " (left for the next run)" : text;
	}

	private static long count(List<FileFate> files, Fate fate) {
		return files.stream().filter(f -> f.fate() == fate).count();
	}

}
