package uk.nhs.stp.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Writes the rows of {@link BenchWorkbook} as a UTF-8 CSV file, so the CSV and xlsx ingests are
 * timed on the same data: the same 7 columns, areas, metrics, months and values.
 */
final class BenchRowsCsv {

	private BenchRowsCsv() {
	}

	/** Writes {@code rows} data rows to {@code file} unless a file of that name already exists. */
	static Path write(Path file, int rows) throws IOException {
		if (Files.isRegularFile(file)) {
			return file;
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temporary = file.resolveSibling(file.getFileName() + ".writing");
		try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			out.write("area_code,area_name,metric,period,value,numerator,denominator\r\n");
			int perMonth = BenchWorkbook.AREAS.size() * BenchWorkbook.METRICS.size();
			YearMonth first = YearMonth.of(1900, 1);
			for (int i = 0; i < rows; i++) {
				String area = BenchWorkbook.AREAS.get(i % BenchWorkbook.AREAS.size());
				double value = 50 + (i * 7919L % 4000) / 100.0;
				out.write(area + ",Area " + area.substring(7) + ","
						+ BenchWorkbook.METRICS.get(i / BenchWorkbook.AREAS.size() % BenchWorkbook.METRICS.size()) + ","
						+ first.plusMonths(i / perMonth) + "," + value + "," + Math.round(value * 10)
						+ ",1000\r\n");
			}
		}
		Files.move(temporary, file);
		return file;
	}

}
