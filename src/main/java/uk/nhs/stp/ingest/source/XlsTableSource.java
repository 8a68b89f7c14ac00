package uk.nhs.stp.ingest.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import uk.nhs.stp.ingest.SheetInfo;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.SourceRow;
import uk.nhs.stp.ingest.TableSource;

/**
 * A legacy Excel 97–2003 (.xls) workbook read with POI's HSSF. The format holds at most 65,536
 * rows a sheet, so the whole workbook fits comfortably in memory; formulas give their cached
 * values and are never recalculated.
 */
final class XlsTableSource implements TableSource {

	private final POIFSFileSystem filesystem;

	private final HSSFWorkbook workbook;

	private final DataFormatter formatter = new DataFormatter(Locale.UK);

	XlsTableSource(Path file) throws IOException {
		this.filesystem = new POIFSFileSystem(file.toFile(), true);
		this.workbook = new HSSFWorkbook(this.filesystem.getRoot(), false);
	}

	@Override
	public List<String> sheetNames() {
		List<String> names = new ArrayList<>();
		for (Sheet sheet : this.workbook) {
			names.add(sheet.getSheetName());
		}
		return names;
	}

	@Override
	public boolean isWorkbook() {
		return true;
	}

	@Override
	public SheetInfo sheetInfo(int sheetIndex) {
		Sheet sheet = this.workbook.getSheetAt(sheetIndex);
		java.util.Set<Integer> hiddenColumns = new java.util.HashSet<>();
		int lastColumn = 0;
		for (Row row : sheet) {
			lastColumn = Math.max(lastColumn, row.getLastCellNum());
		}
		for (int column = 0; column < lastColumn; column++) {
			if (sheet.isColumnHidden(column)) {
				hiddenColumns.add(column);
			}
		}
		List<SheetInfo.Range> merged = new ArrayList<>();
		for (CellRangeAddress range : sheet.getMergedRegions()) {
			merged.add(new SheetInfo.Range(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn(),
					range.getLastColumn()));
		}
		return new SheetInfo(this.workbook.isSheetHidden(sheetIndex) || this.workbook.isSheetVeryHidden(sheetIndex),
				hiddenColumns, merged);
	}

	@Override
	public Iterator<SourceRow> rows(int sheetIndex) {
		Iterator<Row> rows = this.workbook.getSheetAt(sheetIndex).rowIterator();
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return rows.hasNext();
			}

			@Override
			public SourceRow next() {
				return toSourceRow(rows.next());
			}
		};
	}

	private SourceRow toSourceRow(Row row) {
		List<SourceCell> cells = new ArrayList<>();
		for (Cell cell : row) {
			cells.add(toSourceCell(cell));
		}
		return new SourceRow(row.getRowNum() + 1, cells);
	}

	private SourceCell toSourceCell(Cell cell) {
		int column = cell.getColumnIndex();
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> numeric(cell, column);
			case ERROR -> new SourceCell(column, FormulaError.forInt(cell.getErrorCellValue()).getString(), null, null,
					true, false);
			case STRING -> SourceCell.text(column, cell.getRichStringCellValue().getString());
			case BOOLEAN -> SourceCell.text(column, Boolean.toString(cell.getBooleanCellValue()));
			default -> SourceCell.text(column, "");
		};
	}

	private SourceCell numeric(Cell cell, int column) {
		double number = cell.getNumericCellValue();
		boolean isDate = DateUtil.isCellDateFormatted(cell);
		String format = cell.getCellStyle().getDataFormatString();
		return new SourceCell(column, this.formatter.formatRawCellContents(number, cell.getCellStyle().getDataFormat(), format),
				number, isDate ? cell.getLocalDateTimeCellValue() : null, false, format != null && format.contains("%"));
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
		this.filesystem.close();
	}

}
