package uk.nhs.stp.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the workbooks ingest tests read, in code, so that each fixture is reviewable: a title
 * row, a header in the long layout, and the given data rows. A cell value that is a
 * {@link LocalDate} is written as a real date; a {@link Double} as a number; a String as text.
 */
public final class TestWorkbooks {

	public static final Object[] HEADER = { "area_code", "metric", "period", "value", "numerator", "denominator" };

	private TestWorkbooks() {
	}

	public static Path xlsx(Path file, String sheetName, Object[]... rows) throws IOException {
		return write(new XSSFWorkbook(), file, sheetName, rows);
	}

	public static Path xls(Path file, String sheetName, Object[]... rows) throws IOException {
		return write(new HSSFWorkbook(), file, sheetName, rows);
	}

	private static Path write(Workbook workbook, Path file, String sheetName, Object[]... rows) throws IOException {
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("mmm-yy"));
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			Sheet sheet = workbook.createSheet(sheetName);
			sheet.createRow(0).createCell(0).setCellValue("Title row: STP metrics (test fixture)");
			writeRow(sheet.createRow(2), HEADER, date, percent);
			for (int i = 0; i < rows.length; i++) {
				writeRow(sheet.createRow(3 + i), rows[i], date, percent);
			}
			workbook.write(out);
		}
		return file;
	}

	private static void writeRow(Row row, Object[] values, CellStyle date, CellStyle percent) {
		for (int c = 0; c < values.length; c++) {
			Object value = values[c];
			if (value instanceof LocalDate d) {
				row.createCell(c).setCellValue(d);
				row.getCell(c).setCellStyle(date);
			}
			else if (value instanceof Percent p) {
				row.createCell(c).setCellValue(p.fraction());
				row.getCell(c).setCellStyle(percent);
			}
			else if (value instanceof Number n) {
				row.createCell(c).setCellValue(n.doubleValue());
			}
			else if (value != null) {
				row.createCell(c).setCellValue(value.toString());
			}
		}
	}

	/** A fraction written with a percentage format, e.g. 0.852 shown as 85.2%. */
	public record Percent(double fraction) {
	}

}
