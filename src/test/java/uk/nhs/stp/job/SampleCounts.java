package uk.nhs.stp.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Counts, independently of the ingest code, what the shipped sample files hold: rows with a
 * number (to be loaded) and rows with a suppression mark (to be recorded as missing). The late
 * returns file is counted by hand in the tests, row by row.
 */
record SampleCounts(long numeric, long suppressed) {

	static SampleCounts of(Path sample) throws IOException {
		SampleCounts csv = csv(sample.resolve("other-metrics-2016-19.csv"));
		SampleCounts circumstances = csv(sample.resolve("circumstances-2016-17.csv"));
		SampleCounts xlsx = xlsx(sample.resolve("acute-performance-2016-19.xlsx"));
		return new SampleCounts(csv.numeric + circumstances.numeric + xlsx.numeric,
				csv.suppressed + circumstances.suppressed + xlsx.suppressed);
	}

	private static SampleCounts csv(Path file) throws IOException {
		long numeric = 0;
		long suppressed = 0;
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			for (CSVRecord record : parser) {
				if (record.get("value").equals("*")) {
					suppressed++;
				}
				else {
					Double.parseDouble(record.get("value"));
					numeric++;
				}
			}
		}
		return new SampleCounts(numeric, suppressed);
	}

	private static SampleCounts xlsx(Path file) throws IOException {
		long numeric = 0;
		long suppressed = 0;
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					Cell value = row.getCell(4);
					if (row.getRowNum() < 4 || value == null) {
						continue;
					}
					if (value.getCellType() == CellType.NUMERIC) {
						numeric++;
					}
					else if (value.getStringCellValue().equals("*")) {
						suppressed++;
					}
				}
			}
		}
		return new SampleCounts(numeric, suppressed);
	}

}
