package uk.nhs.stp.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;

/**
 * The numbers behind a workbook's charts, kept as named columns of a data sheet. Each chart's
 * series are added first (so the chart can name its cell ranges while the streamed sheet is not
 * yet written), then the sheet is written once, row by row. Columns are laid side by side from
 * row {@link #FIRST_ROW}, under a title, the synthetic-data notice and a header row.
 */
final class ChartColumns {

	/** The first data row (0-based): title, notice, header above it. */
	static final int FIRST_ROW = 3;

	private final String sheet;

	private final List<String> headers = new ArrayList<>();

	private final List<Object[]> columns = new ArrayList<>();

	ChartColumns(String sheet) {
		this.sheet = sheet;
	}

	/** A column of the data sheet: its cell range and its values (Double or String, null for blank). */
	record Ref(String range, Object[] values) {

		Double[] numbers() {
			Double[] numbers = new Double[this.values.length];
			for (int i = 0; i < numbers.length; i++) {
				numbers[i] = (Double) this.values[i];
			}
			return numbers;
		}

		String[] texts() {
			String[] texts = new String[this.values.length];
			for (int i = 0; i < texts.length; i++) {
				texts[i] = this.values[i] == null ? "" : this.values[i].toString();
			}
			return texts;
		}

	}

	Ref add(String header, Object[] values) {
		int column = this.columns.size();
		this.headers.add(header);
		this.columns.add(values);
		int last = FIRST_ROW + Math.max(values.length, 1) - 1;
		return new Ref(ReportCharts.range(this.sheet, column, FIRST_ROW, last), values);
	}

	Ref numbers(String header, double... values) {
		Double[] boxed = new Double[values.length];
		for (int i = 0; i < values.length; i++) {
			boxed[i] = values[i];
		}
		return add(header, boxed);
	}

	boolean isEmpty() {
		return this.columns.isEmpty();
	}

	void write(SheetWriter out, ReportStyles styles, String title) {
		// one default width rather than hundreds of column entries (each set scans the ones before it)
		out.sheet().setDefaultColumnWidth(14);
		SheetWriter.text(out.row(), 0, title, styles.bold);
		if (out.hasBanner()) {
			out.banner();
		}
		else {
			out.skip(1);
		}
		out.header(this.headers);
		int rows = this.columns.stream().mapToInt(c -> c.length).max().orElse(0);
		for (int r = 0; r < rows; r++) {
			Row row = out.row();
			for (int c = 0; c < this.columns.size(); c++) {
				Object[] column = this.columns.get(c);
				Object value = r < column.length ? column[r] : null;
				if (value instanceof Double d) {
					SheetWriter.number(row, c, d, styles.decimal2);
				}
				else if (value != null) {
					SheetWriter.text(row, c, value.toString(), styles.text);
				}
			}
		}
	}

}
