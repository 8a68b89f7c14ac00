package uk.nhs.stp.domain;


/** Describes a place in a file as Excel shows it. */
public final class Where {

	private Where() {
	}

	/** {@code Sheet "A&E" cell D17}, or {@code cell D17} for a CSV file (no sheets). */
	public static String cell(String sheet, int column, int row) {
		String cell = "cell " + CellRef.of(column, row);
		return sheet == null || sheet.isEmpty() ? cell : "Sheet \"" + sheet + "\" " + cell;
	}

	/** As {@link #cell(String, int, int)}, with the column given as letters (or null for a row). */
	public static String cell(String sheet, String columnLetters, int row) {
		if (columnLetters == null) {
			return row(sheet, row);
		}
		String cell = "cell " + columnLetters + row;
		return sheet == null || sheet.isEmpty() ? cell : "Sheet \"" + sheet + "\" " + cell;
	}

	/** {@code Sheet "A&E" row 17}, or {@code row 17}. */
	public static String row(String sheet, int row) {
		String place = "row " + row;
		return sheet == null || sheet.isEmpty() ? place : "Sheet \"" + sheet + "\" " + place;
	}

}
