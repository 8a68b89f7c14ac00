package uk.nhs.stp.ingest;

import java.util.List;
import java.util.Set;

/**
 * What a workbook says about a sheet besides its cells: whether the publisher hid it, which
 * columns are hidden, and its merged ranges (where the reader knows them; fastexcel does not
 * report merges, so an xlsx's group headers are read by where their text sits).
 *
 * @param hidden whether the sheet is hidden
 * @param hiddenColumns 0-based indexes of hidden columns, where known
 * @param merged merged ranges, where known
 */
public record SheetInfo(boolean hidden, Set<Integer> hiddenColumns, List<Range> merged) {

	public static final SheetInfo VISIBLE = new SheetInfo(false, Set.of(), List.of());

	public SheetInfo {
		hiddenColumns = Set.copyOf(hiddenColumns);
		merged = List.copyOf(merged);
	}

	/**
	 * A merged range, rows as Excel numbers them, columns 0-based.
	 * @param firstRow first row
	 * @param lastRow last row
	 * @param firstColumn first column
	 * @param lastColumn last column
	 */
	public record Range(int firstRow, int lastRow, int firstColumn, int lastColumn) {

		public boolean contains(int row, int column) {
			return row >= this.firstRow && row <= this.lastRow && column >= this.firstColumn && column <= this.lastColumn;
		}

	}

	/** The merged range covering a cell, if any. */
	public java.util.Optional<Range> mergeAt(int row, int column) {
		return this.merged.stream().filter(r -> r.contains(row, column)).findFirst();
	}

}
