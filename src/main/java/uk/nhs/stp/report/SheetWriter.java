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

	/** Printed detail sheets keep 11-point text at 80%: 8.8 points, legible (method brief: at least 8). */
	private static final short DETAIL_PRINT_SCALE = 80;

	private final Sheet sheet;

	private final ReportStyles styles;

	private final String banner;

	/** Column widths (in characters) a printed landscape page holds at the print scales used. */
	private static final int PAGE_WIDTH = 160;

	private int next;

	private int[] widths = new int[0];

	SheetWriter(Sheet sheet, ReportStyles styles) {
		this(sheet, styles, null);
	}

	/**
	 * @param banner a notice every title block repeats and every printed page carries in its
	 * header (the synthetic-data notice), or null
	 */
	SheetWriter(Sheet sheet, ReportStyles styles, String banner) {
		this.sheet = sheet;
		this.styles = styles;
		this.banner = banner;
		if (banner != null) {
			sheet.getHeader().setCenter("&B&\"-,Bold\"SYNTHETIC SAMPLE DATA \u2014 not real NHS figures");
		}
		sheet.getFooter().setRight("Page &P of &N");
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
			merged(subtitle, this.styles.subtitle);
		}
		banner();
		skip(1);
	}

	/** The synthetic-data notice on its own row, when there is one. */
	void banner() {
		if (this.banner != null) {
			merged(this.banner, this.styles.banner);
		}
	}

	/**
	 * Text wrapped across the leading columns that fit a printed page (about 160 characters), so
	 * that a long line neither runs off the page nor makes a page fitted to its width shrink.
	 */
	private void merged(String text, CellStyle style) {
		Row row = row();
		Cell cell = row.createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(style);
		int columns = 0;
		int width = 0;
		while (columns < Math.max(1, this.widths.length)
				&& (columns == 0 || width + width(this.sheet, columns) <= PAGE_WIDTH)) {
			width += width(this.sheet, columns);
			columns++;
		}
		if (columns > 1) {
			this.sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, columns - 1));
		}
		// a long merged line wraps early at its last word: leave a little more room than a single cell
		fitHeight(row, text, (int) (width * 0.9));
	}

	boolean hasBanner() {
		return this.banner != null;
	}

	/** A paragraph of text in one wide merged cell (set the column widths first). */
	void paragraph(String text, int columns) {
		Row row = row();
		Cell cell = row.createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(this.styles.wrap);
		int width = 0;
		for (int c = 0; c < columns; c++) {
			width += width(this.sheet, c);
		}
		if (columns > 1) {
			this.sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, columns - 1));
		}
		// a long merged line wraps early at its last word: leave a little more room than a single cell
		fitHeight(row, text, (int) (width * 0.9));
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
				fitHeight(row, value, width(row.getSheet(), column));
			}
		}
		cell.setCellStyle(style);
	}

	/**
	 * Column widths as {@link #widths} set them, so that fitting a wrapped cell's height does not
	 * ask POI, which scans the sheet's column entries on every call.
	 */
	private static final java.util.Map<Sheet, int[]> WIDTHS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

	private static int width(Sheet sheet, int column) {
		int[] widths = WIDTHS.get(sheet);
		return widths != null && column < widths.length ? widths[column] : sheet.getColumnWidth(column) / 256;
	}

	/**
	 * Makes a row tall enough for wrapped text: POI cannot measure text and spreadsheet programs do
	 * not re-measure rows on opening, so the height is estimated from the column width.
	 */
	private static void fitHeight(Row row, String text, int widthInCharacters) {
		float height = height(text, widthInCharacters);
		if (height > row.getHeightInPoints()) {
			row.setHeightInPoints(height);
		}
	}

	/** The height in points that wrapped text needs in a cell (or merged cells) of this width. */
	static float height(String text, int widthInCharacters) {
		int lines = 0;
		for (String paragraph : text.split("\n")) {
			// measured on printed pages: a column w characters wide holds about 1.45w − 10 characters of
			// 11-point Calibri a line (word wrapping loses more of a narrow column), and at least 1.1w
			double perLine = Math.max(1.1 * widthInCharacters, 1.45 * widthInCharacters - 10);
			lines += Math.max(1, (int) Math.ceil(paragraph.length() / perLine));
		}
		return LINE_HEIGHT * lines + 2;
	}

	static void number(Row row, int column, Double value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null && Double.isFinite(value)) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(style);
	}

	/**
	 * Freezes the header row and the first column (the area's name), filters the table and prints
	 * it as a detail sheet. Only for a sheet whose table is its last: a second table must not sit
	 * under a frozen header that is not its own.
	 */
	void finishTable(int headerRow, int lastColumn) {
		this.sheet.createFreezePane(1, headerRow + 1);
		if (this.next > headerRow + 1) {
			this.sheet.setAutoFilter(new CellRangeAddress(headerRow, this.next - 1, 0, lastColumn));
		}
		printDetail(headerRow);
	}

	/**
	 * As {@link #finishTable}, for a table under a chart: only the name column is frozen, since
	 * freezing the rows above the header would hold the chart on screen.
	 */
	void finishTableBelowChart(int headerRow, int lastColumn) {
		this.sheet.createFreezePane(1, 0);
		if (this.next > headerRow + 1) {
			this.sheet.setAutoFilter(new CellRangeAddress(headerRow, this.next - 1, 0, lastColumn));
		}
		printDetail(headerRow);
	}

	/**
	 * A detail sheet on paper: A4 landscape at a legible scale across as many pages as it needs
	 * (never shrunk to one page wide), the header row and the name column repeated on every page.
	 * @param headerRow the row to repeat, or −1 for none
	 */
	void printDetail(int headerRow) {
		PrintSetup print = this.sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setScale(DETAIL_PRINT_SCALE);
		this.sheet.setFitToPage(false);
		this.sheet.setAutobreaks(true);
		this.sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
		if (headerRow >= 0) {
			this.sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
		}
	}

	void widths(int[] widths) {
		this.widths = widths.clone();
		WIDTHS.put(this.sheet, this.widths);
		for (int i = 0; i < widths.length; i++) {
			this.sheet.setColumnWidth(i, widths[i] * 256);
		}
	}

	/** A narrative sheet on paper: landscape, fit to one page wide, header row repeated on every page. */
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
