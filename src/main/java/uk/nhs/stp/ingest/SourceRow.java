package uk.nhs.stp.ingest;

import java.util.List;

/**
 * One row of a sheet.
 *
 * @param rowNumber the row number as Excel shows it (1-based; for CSV the line number)
 * @param cells the row's cells, indexed by column (blank cells may be missing)
 */
public record SourceRow(int rowNumber, List<SourceCell> cells) {

	/** The cell in {@code column}, or a blank cell. */
	public SourceCell cell(int column) {
		if (column < this.cells.size() && this.cells.get(column) != null
				&& this.cells.get(column).column() == column) {
			return this.cells.get(column);
		}
		for (SourceCell cell : this.cells) {
			if (cell != null && cell.column() == column) {
				return cell;
			}
		}
		return SourceCell.text(column, "");
	}

	public boolean isBlank() {
		return this.cells.stream().allMatch(c -> c == null || c.isBlank());
	}

}
