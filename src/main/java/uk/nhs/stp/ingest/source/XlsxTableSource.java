package uk.nhs.stp.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

import uk.nhs.stp.ingest.SheetInfo;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.SourceRow;
import uk.nhs.stp.ingest.TableSource;
import uk.nhs.stp.ingest.UnreadableFileException;
import uk.nhs.stp.ingest.values.ExcelErrors;

/**
 * An xlsx/xlsm workbook streamed with fastexcel-reader: one sheet's rows at a time, cached
 * values for formulas, never running macros. Dates are recognised with POI's
 * {@link DateUtil#isADateFormat} rule so that both readers agree on what a date cell is.
 */
final class XlsxTableSource implements TableSource {

	/** Excel's built-in "0%" and "0.00%" formats, which carry no format string. */
	private static final java.util.Set<Integer> BUILT_IN_PERCENT = java.util.Set.of(9, 10);

	private final ReadableWorkbook workbook;

	private final List<Sheet> sheets;

	private Stream<Row> open;

	XlsxTableSource(Path file) throws IOException {
		this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
		this.sheets = this.workbook.getSheets().toList();
	}

	@Override
	public List<String> sheetNames() {
		return this.sheets.stream().map(Sheet::getName).toList();
	}

	@Override
	public boolean isWorkbook() {
		return true;
	}

	@Override
	public boolean isDate1904() {
		return this.workbook.isDate1904();
	}

	@Override
	public SheetInfo sheetInfo(int sheetIndex) {
		boolean hidden = this.sheets.get(sheetIndex).getVisibility() != SheetVisibility.VISIBLE;
		return new SheetInfo(hidden, java.util.Set.of(), List.of());
	}

	@Override
	public Iterator<SourceRow> rows(int sheetIndex) throws IOException {
		closeOpenSheet();
		this.open = this.sheets.get(sheetIndex).openStream();
		Iterator<Row> rows = this.open.iterator();
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				try {
					return rows.hasNext();
				}
				catch (ExcelReaderException | UncheckedIOException ex) {
					throw new UnreadableFileException("corrupt_file", "the workbook is damaged: " + ex.getMessage(), ex);
				}
			}

			@Override
			public SourceRow next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return toSourceRow(rows.next());
			}
		};
	}

	private SourceRow toSourceRow(Row row) {
		List<SourceCell> cells = new ArrayList<>(row.getCellCount());
		for (Cell cell : row) {
			if (cell != null) {
				cells.add(toSourceCell(cell));
			}
		}
		return new SourceRow(row.getRowNum(), cells);
	}

	private SourceCell toSourceCell(Cell cell) {
		int column = cell.getColumnIndex();
		Object value = cell.getValue();
		if (cell.getType() == CellType.ERROR) {
			return new SourceCell(column, cell.getRawValue() == null ? "#ERROR" : cell.getRawValue(), null, null, true,
					false);
		}
		if (value instanceof BigDecimal number) {
			return numeric(cell, column, number.doubleValue());
		}
		String text = value == null ? "" : value.toString();
		return new SourceCell(column, text, null, null, ExcelErrors.isErrorText(text), false);
	}

	private SourceCell numeric(Cell cell, int column, double number) {
		String format = cell.getDataFormatString();
		Integer formatId = cell.getDataFormatId();
		boolean isDate = formatId != null && DateUtil.isADateFormat(formatId, format) && DateUtil.isValidExcelDate(number);
		boolean percent = (format != null && format.contains("%")) || (formatId != null && BUILT_IN_PERCENT.contains(formatId));
		return new SourceCell(column, cell.getRawValue(), number,
				isDate ? DateUtil.getLocalDateTime(number, this.workbook.isDate1904()) : null, false, percent);
	}

	private void closeOpenSheet() {
		if (this.open != null) {
			this.open.close();
			this.open = null;
		}
	}

	@Override
	public void close() throws IOException {
		closeOpenSheet();
		this.workbook.close();
	}

}
