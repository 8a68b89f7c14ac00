package uk.nhs.stp.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes rows into one sheet with the report's styles: titles, header rows, text (always as
 * plain text, so input beginning with "=" can never become a formula), and numbers that are
 * simply left blank when absent, so no NaN or "null" ever appears.
 */
final class SheetWriter {

	/** Excel's limit on a cell's text. */
	private static final int MAX_TEXT = 32_767;

	/** Points per line of the report's 11-point text. */
	private static final float LINE_HEIGHT = 14.5f;

	private final Sheet sheet;

	private final ReportStyles styles;

	private int next;

	SheetWriter(Sheet sheet, ReportStyles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	Sheet sheet() {
		return this.sheet;
	}

	int nextRow() {
		return this.next;
	}

	void skip(int rows) {
		this.next += rows;
	}

	Row row() {
		return this.sheet.createRow(this.next++);
	}

	void title(String title, String subtitle) {
		text(row(), 0, title, this.styles.title);
		if (subtitle != null) {
			text(row(), 0, subtitle, this.styles.subtitle);
		}
		skip(1);
	}

	/** A paragraph of text in one wide merged cell (set the column widths first). */
	void paragraph(String text, int columns) {
		Row row = row();
		Cell cell = row.createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(this.styles.wrap);
		int width = 0;
		for (int c = 0; c < columns; c++) {
			width += this.sheet.getColumnWidth(c) / 256;
		}
		if (columns > 1) {
			this.sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, columns - 1));
		}
		fitHeight(row, text, width);
	}

	/** A header row; returns its index. */
	int header(List<String> names) {
		Row row = row();
		for (int i = 0; i < names.size(); i++) {
			text(row, i, names.get(i), this.styles.header);
		}
		return row.getRowNum();
	}

	static void text(Row row, int column, String text, CellStyle style) {
		Cell cell = row.createCell(column);
		String value = text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "\u2026";
		if (value != null) {
			cell.setCellValue(value);
			if (style.getWrapText()) {
				fitHeight(row, value, row.getSheet().getColumnWidth(column) / 256);
			}
		}
		cell.setCellStyle(style);
	}

	/**
	 * Makes a row tall enough for wrapped text: POI cannot measure text and spreadsheet programs do
	 * not re-measure rows on opening, so the height is estimated from the column width.
	 */
	private static void fitHeight(Row row, String text, int widthInCharacters) {
		int lines = 0;
		for (String paragraph : text.split("\n")) {
			lines += Math.max(1, (int) Math.ceil(paragraph.length() * 0.7 / Math.max(1, widthInCharacters)));
		}
		float height = LINE_HEIGHT * lines + 2;
		if (height > row.getHeightInPoints()) {
			row.setHeightInPoints(height);
		}
	}

	static void number(Row row, int column, Double value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null && Double.isFinite(value)) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(style);
	}

	/** Freezes the header row and first column, filters the table and sets print-friendly layout. */
	void finishTable(int headerRow, int lastColumn, int[] widths) {
		widths(widths);
		finishTable(headerRow, lastColumn);
	}

	/** As above, with the column widths already set. */
	void finishTable(int headerRow, int lastColumn) {
		this.sheet.createFreezePane(1, headerRow + 1);
		if (this.next > headerRow + 1) {
			this.sheet.setAutoFilter(new CellRangeAddress(headerRow, this.next - 1, 0, lastColumn));
		}
		printLayout(headerRow);
	}

	void widths(int[] widths) {
		for (int i = 0; i < widths.length; i++) {
			this.sheet.setColumnWidth(i, widths[i] * 256);
		}
	}

	/** Landscape, fit to one page wide, header row repeated on every printed page. */
	void printLayout(int headerRow) {
		PrintSetup print = this.sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		this.sheet.setFitToPage(true);
		this.sheet.setAutobreaks(true);
		if (headerRow >= 0) {
			this.sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
		}
	}

}
