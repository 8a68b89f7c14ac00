package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the R reference fixtures in {@code /fixtures/stats/} (see the README beside them): CSV
 * with leading {@code #} comment lines, then a header line, then unquoted rows. Also holds the
 * one closeness check every fixture test uses.
 */
final class StatsFixtures {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setCommentMarker('#')
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreSurroundingSpaces(true)
		.get();

	private StatsFixtures() {
	}

	/** Every row of {@code /fixtures/stats/<name>.csv}, in file order, comment lines skipped. */
	static List<CSVRecord> load(String name) {
		String resource = "/fixtures/stats/" + name + ".csv";
		InputStream in = StatsFixtures.class.getResourceAsStream(resource);
		assertThat(in).as("fixture %s on the test classpath", resource).isNotNull();
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, FORMAT)) {
			List<CSVRecord> records = parser.getRecords();
			assertThat(records).as("rows of %s", resource).isNotEmpty();
			return records;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The rows of a fixture grouped by its {@code case} column, cases in file order. */
	static Map<String, List<CSVRecord>> byCase(String name) {
		return load(name).stream()
			.collect(Collectors.groupingBy(r -> r.get("case"), LinkedHashMap::new, Collectors.toList()));
	}

	static double number(CSVRecord record, String column) {
		return Double.parseDouble(record.get(column));
	}

	static boolean bool(CSVRecord record, String column) {
		String text = record.get(column);
		assertThat(text).as("boolean %s", column).isIn("TRUE", "FALSE");
		return "TRUE".equals(text);
	}

	static double[] column(List<CSVRecord> records, String column) {
		return records.stream().mapToDouble(r -> number(r, column)).toArray();
	}

	/**
	 * Asserts that {@code actual} is finite and within max(relTol·|expected|, absTol) of
	 * {@code expected}.
	 */
	static void assertClose(double expected, double actual, double relTol, double absTol) {
		assertClose(expected, actual, relTol, absTol, "value");
	}

	static void assertClose(double expected, double actual, double relTol, double absTol, String what,
			Object... args) {
		String description = String.format(what, args);
		assertThat(actual).as("%s is finite", description).isFinite();
		double tolerance = Math.max(relTol * Math.abs(expected), absTol);
		assertThat(actual).as("%s (expected %s, tolerance %s)", description, expected, tolerance)
			.isCloseTo(expected, within(tolerance));
	}

}
