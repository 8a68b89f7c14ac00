package uk.nhs.stp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The benchmarks' record, {@code output/bench-<date>.csv}: one line per case measured, appended, so
 * a day's cases (start-up, ingest, scoring, report) end up in one file. Columns: time, case, what
 * was measured, rounds, the median in ms, the ratio and what it is against, the target ratio (or
 * limit in ms) and whether it was met.
 */
final class BenchCsv {

	static final String HEADER = "time,case,measure,rounds,median_ms,ratio,against,target,met\n";

	private BenchCsv() {
	}

	/** The day's file in the project's output folder. */
	static Path today() {
		return Path.of("output", "bench-" + LocalDate.now() + ".csv");
	}

	/**
	 * Appends one line, writing the header first into a new file.
	 * @param ratio NaN where the case has no ratio
	 * @param target the target ratio, or a limit in ms where {@code against} is "ms"; NaN for none
	 */
	static void append(Path file, String name, String measure, int rounds, double medianMs, double ratio,
			String against, double target, boolean met) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		if (!Files.exists(file)) {
			Files.writeString(file, HEADER, StandardCharsets.UTF_8);
		}
		String line = String.format(Locale.UK, "%s,%s,%s,%d,%.0f,%s,%s,%s,%s%n",
				LocalTime.now().truncatedTo(ChronoUnit.SECONDS), name, measure, rounds, medianMs, number(ratio), against,
				number(target), Double.isNaN(target) ? "" : Boolean.toString(met));
		Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
	}

	private static String number(double value) {
		return Double.isNaN(value) ? "" : String.format(Locale.UK, "%.2f", value);
	}

}
