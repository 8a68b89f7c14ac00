package uk.nhs.stp.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The ingest benchmark ({@code jobs/bench ingest}): the same long-layout rows (1,000,000 by
 * default, or each count given) as an xlsx workbook and as a CSV file, each (1) read by a floor no
 * reader can beat: for xlsx, inflating the sheet and parsing it with a do-nothing StAX loop; for
 * CSV, decoding the bytes and splitting the lines; (2) ingested by the real nightly job (parse,
 * validate, store in a fresh HSQLDB file database, see {@link BenchIngest}). For xlsx it also times
 * fastexcel-reader alone reading every cell. It prints each time, the ratios to the floor, rows a
 * second (so that the cost is seen to be linear across the counts), and the old generation's peak
 * heap during ingest; {@code -Dbench.ingests=N} sets how many ingests (default 3) the median is of.
 * {@code -Dbench.formats=csv} times one format only. Run it with the heap the issue sets ({@code -Xmx256m}).
 */
public final class IngestBenchmark {

	private IngestBenchmark() {
	}

	/**
	 * Arguments: row counts (such as {@code 10k 100k 1M}, default 1M), then optionally a work
	 * folder (default {@code target/bench}).
	 */
	public static void main(String[] args) throws Exception {
		List<Integer> counts = new ArrayList<>();
		Path work = Path.of("target/bench");
		for (String arg : args) {
			Integer count = count(arg);
			if (count != null) {
				counts.add(count);
			}
			else {
				work = Path.of(arg);
			}
		}
		if (counts.isEmpty()) {
			counts.add(1_000_000);
		}
		print("max heap %d MB, %d processors", Runtime.getRuntime().maxMemory() / (1024 * 1024),
				Runtime.getRuntime().availableProcessors());
		String formats = System.getProperty("bench.formats", "xlsx,csv");
		for (int rows : counts) {
			if (formats.contains("xlsx")) {
				xlsx(rows, work);
			}
			if (formats.contains("csv")) {
				csv(rows, work);
			}
			if (formats.contains("xlsx") && formats.contains("csv")) {
				partitions(rows, work);
			}
			double batch = BenchIngest.batchFloor(work, rows);
			print("%nSpring Batch alone, %,d pass-through items in the ingest's chunk shape: %.2f s (%.2f us an item)", rows,
					batch, batch * 1e6 / rows);
		}
	}

	private static Integer count(String arg) {
		String plain = arg.replace("_", "").replace(",", "").toLowerCase(Locale.ROOT);
		int times = plain.endsWith("k") ? 1000 : plain.endsWith("m") ? 1_000_000 : 1;
		String digits = times == 1 ? plain : plain.substring(0, plain.length() - 1);
		return digits.matches("\\d+") ? Integer.parseInt(digits) * times : null;
	}

	private static void xlsx(int rows, Path work) throws Exception {
		Path workbook = BenchWorkbook.write(work.resolve("bench-" + rows + ".xlsx"), rows);
		print("%nxlsx: %s, %,d rows, %.1f MB", workbook, rows, Files.size(workbook) / 1e6);
		double floor = median(() -> xlsxFloor(workbook));
		double fastexcel = median(() -> fastexcel(workbook));
		print("  floor (inflate + empty StAX parse): %6.2f s", floor);
		print("  fastexcel-reader, every cell:       %6.2f s  (%.1fx floor)", fastexcel, fastexcel / floor);
		ingest(workbook, work, floor, rows);
	}

	private static void csv(int rows, Path work) throws Exception {
		Path csv = BenchRowsCsv.write(work.resolve("bench-" + rows + ".csv"), rows);
		print("%ncsv: %s, %,d rows, %.1f MB", csv, rows, Files.size(csv) / 1e6);
		double floor = median(() -> csvFloor(csv));
		print("  floor (decode + split lines):       %6.2f s", floor);
		ingest(csv, work, floor, rows);
	}

	/** Both files in one night, a partition each, read one after the other and then two at once. */
	private static void partitions(int rows, Path work) throws Exception {
		List<Path> both = List.of(work.resolve("bench-" + rows + ".xlsx"), work.resolve("bench-" + rows + ".csv"));
		double one = BenchIngest.run(both, work, "--stp.ingest.threads=1").seconds();
		double two = BenchIngest.run(both, work, "--stp.ingest.threads=2").seconds();
		print("%nboth files in one night (%,d rows each): stp.ingest.threads=1 %.2f s, =2 %.2f s: %.2fx faster", rows, one,
				two, one / two);
	}

	private static void ingest(Path file, Path work, double floor, int rows) throws Exception {
		BenchIngest.Result first = BenchIngest.run(file, work);
		first.summary().lines().stream().limit(4).forEach(line -> print("    %s", line));
		double[] seconds = new double[Integer.getInteger("bench.ingests", 3)];
		seconds[0] = first.seconds();
		for (int i = 1; i < seconds.length; i++) {
			seconds[i] = BenchIngest.run(file, work).seconds();
		}
		Arrays.sort(seconds);
		double median = seconds[seconds.length / 2];
		print("  full ingest (parse, validate, store): %6.2f s  (%.1fx floor; target 3x), %,.0f rows/s, %,d rows stored",
				median, median / floor, rows / median, first.stored());
		print("  old generation after collections during ingest (an upper bound on what is live), at most: %d MB of %d MB (-Xmx)", first.peakHeapMb(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
	}

	/** The median of three timings after one untimed warm-up, so a cold cache or a stray GC does not count. */
	private static double median(Timed timed) throws Exception {
		timed.seconds();
		double[] times = { timed.seconds(), timed.seconds(), timed.seconds() };
		Arrays.sort(times);
		return times[1];
	}

	@FunctionalInterface
	private interface Timed {

		double seconds() throws Exception;

	}

	private static double xlsxFloor(Path workbook) throws Exception {
		long start = System.nanoTime();
		XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
			try (InputStream in = zip.getInputStream(sheet)) {
				XMLStreamReader reader = factory.createXMLStreamReader(in);
				while (reader.hasNext()) {
					reader.next();
				}
			}
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static double csvFloor(Path csv) throws Exception {
		long start = System.nanoTime();
		long fields = 0;
		try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				fields += line.split(",", -1).length;
			}
		}
		if (fields == 0) {
			throw new IllegalStateException("no fields read");
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static double fastexcel(Path workbook) throws Exception {
		long start = System.nanoTime();
		long cells = 0;
		try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile())) {
			try (var rows = book.getFirstSheet().openStream()) {
				for (Row row : (Iterable<Row>) rows::iterator) {
					cells += row.getCellCount();
				}
			}
		}
		if (cells == 0) {
			throw new IllegalStateException("no cells read");
		}
		return (System.nanoTime() - start) / 1e9;
	}

	static void print(String format, Object... args) {
		// A benchmark's output is its result, so it goes to standard output.
		System.out.println(String.format(Locale.UK, format, args));
	}

}
