package uk.nhs.stp.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The deliveries of the soak benchmark ({@code jobs/bench soak}): the sample generator run over
 * 36 + N months, cut into nights. Night 0 is the history (April 2016 – March 2019, as the shipped
 * sample); each night after it brings the next month, as the analysts would send it (the acute
 * metrics in a titled workbook, the others in a CSV), plus a few bad ones: a late return with two
 * good rows and three mistakes every night, a damaged workbook every fifth night and a file sent
 * again under another name every seventh. Each night knows how many observations the store must
 * hold once it is loaded.
 */
public final class SoakDeliveries {

	/** The good rows of every night's late return (a revision each, for two areas' previous month). */
	private static final int GOOD_LATE_ROWS = 2;

	private SoakDeliveries() {
	}

	/**
	 * @param number 0 for the history, then 1, 2, …
	 * @param month the month the night brings (the last month of the history for night 0)
	 * @param folder the night's files
	 * @param observations observations the store holds once the night is loaded, every revision counted
	 */
	public record Night(int number, YearMonth month, Path folder, long observations) {
	}

	public static List<Night> write(Path stpsCsv, Path folder, int nights) throws IOException {
		int history = SampleDataGenerator.MONTHS;
		SampleDataGenerator.Drawn drawn = SampleDataGenerator.draw(stpsCsv, history + nights);
		List<Night> written = new ArrayList<>();
		YearMonth lastOfHistory = SampleDataGenerator.FIRST.plusMonths(history - 1);
		long observations = writeNight(drawn, folder.resolve("night-00"), r -> !r.month().isAfter(lastOfHistory), true,
				"2016-19");
		written.add(new Night(0, lastOfHistory, folder.resolve("night-00"), observations));
		for (int n = 1; n <= nights; n++) {
			YearMonth month = lastOfHistory.plusMonths(n);
			Path night = folder.resolve(String.format("night-%02d", n));
			observations += writeNight(drawn, night, r -> r.month().equals(month), false, month.toString());
			observations += badFiles(night, n, month, folder.resolve(String.format("night-%02d", n - 1)));
			written.add(new Night(n, month, night, observations));
		}
		return written;
	}

	/** Writes the month's (or the history's) workbook and CSV; returns the values they carry. */
	private static long writeNight(SampleDataGenerator.Drawn drawn, Path night, java.util.function.Predicate<SampleRow> which,
			boolean withCircumstances, String label) throws IOException {
		Files.createDirectories(night);
		List<SampleRow> rows = drawn.rows().stream().filter(which).toList();
		SampleFiles files = new SampleFiles(night, drawn.areas());
		files.acutePerformance(rows.stream().filter(r -> SampleFiles.ACUTE.contains(r.metric())).toList());
		files.otherMetrics(rows.stream().filter(r -> !SampleFiles.ACUTE.contains(r.metric())).toList());
		Files.move(night.resolve(SampleFiles.ACUTE_WORKBOOK), night.resolve("acute-performance-" + label + ".xlsx"));
		Files.move(night.resolve(SampleFiles.OTHER_METRICS), night.resolve("other-metrics-" + label + ".csv"));
		long values = rows.stream().filter(r -> !r.value().equals("*")).count();
		if (withCircumstances) {
			files.circumstances(drawn.circumstances());
			values += 44L * 10;
		}
		return values;
	}

	/** The night's bad files; returns the good values among them. */
	private static long badFiles(Path night, int n, YearMonth month, Path previousNight) throws IOException {
		YearMonth previous = month.minusMonths(1);
		Files.writeString(night.resolve("late-returns-" + month + ".csv"), String.join("\n",
				"area_code,metric,period,value",
				"E54000010,rtt_18wk," + previous + "," + (80 + n / 10.0),
				"E54000011,iapt_recovery," + previous + "," + (45 + n / 10.0),
				"E54000099,ae_4hr," + month + ",87.5",
				"E54000012,ae_4h," + month + ",87.5",
				"E54000013,emergency_bed_days," + month + ",sixty") + "\n");
		if (n % 5 == 0) {
			Files.writeString(night.resolve("broken-" + month + ".xlsx"), "this was never a workbook\n");
		}
		if (n % 7 == 0) {
			Files.copy(previousNight.resolve("other-metrics-" + previous + ".csv"),
					night.resolve("other-metrics-" + previous + "-sent-again.csv"), StandardCopyOption.REPLACE_EXISTING);
		}
		return GOOD_LATE_ROWS;
	}

}
