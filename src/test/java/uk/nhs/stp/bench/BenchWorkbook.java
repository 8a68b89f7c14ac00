package uk.nhs.stp.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a large long-layout workbook for benchmarks and the streaming test: 7 columns (area code,
 * area name, metric, period, value, numerator, denominator), rows cycling through 44 real areas
 * and the 8 metrics over consecutive months, with a shared strings table as Excel writes it.
 * Written with POI's streaming SXSSF writer, so writing a million rows needs little memory.
 */
public final class BenchWorkbook {

	/** 44 real STP codes (jobs/areas.csv). */
	static final List<String> AREAS = List.of("E54000005", "E54000006", "E54000007", "E54000008", "E54000009",
			"E54000010", "E54000011", "E54000012", "E54000013", "E54000014", "E54000015", "E54000016", "E54000017",
			"E54000018", "E54000019", "E54000020", "E54000021", "E54000022", "E54000023", "E54000024", "E54000025",
			"E54000026", "E54000027", "E54000028", "E54000029", "E54000030", "E54000031", "E54000032", "E54000033",
			"E54000034", "E54000035", "E54000036", "E54000037", "E54000038", "E54000039", "E54000040", "E54000041",
			"E54000042", "E54000043", "E54000044", "E54000045", "E54000046", "E54000047", "E54000048");

	static final List<String> METRICS = List.of("ae_4hr", "rtt_18wk", "cancer_62day", "iapt_recovery",
			"gp_online_access", "emergency_bed_days", "dtoc_beds", "agency_spend");

	private BenchWorkbook() {
	}

	/** Writes {@code rows} data rows to {@code file} unless a file of that name already exists. */
	public static Path write(Path file, int rows) throws IOException {
		if (Files.isRegularFile(file)) {
			return file;
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temporary = file.resolveSibling(file.getFileName() + ".writing");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true);
				OutputStream out = Files.newOutputStream(temporary)) {
			Sheet sheet = workbook.createSheet("Data");
			String[] header = { "area_code", "area_name", "metric", "period", "value", "numerator", "denominator" };
			Row top = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				top.createCell(c).setCellValue(header[c]);
			}
			int perMonth = AREAS.size() * METRICS.size();
			YearMonth first = YearMonth.of(1900, 1);
			for (int i = 0; i < rows; i++) {
				Row row = sheet.createRow(i + 1);
				String area = AREAS.get(i % AREAS.size());
				String metric = METRICS.get(i / AREAS.size() % METRICS.size());
				double value = 50 + (i * 7919L % 4000) / 100.0;
				row.createCell(0).setCellValue(area);
				row.createCell(1).setCellValue("Area " + area.substring(7));
				row.createCell(2).setCellValue(metric);
				row.createCell(3).setCellValue(first.plusMonths(i / perMonth).toString());
				row.createCell(4).setCellValue(value);
				row.createCell(5).setCellValue(Math.round(value * 10));
				row.createCell(6).setCellValue(1000);
			}
			workbook.write(out);
		}
		Files.move(temporary, file);
		return file;
	}

}
