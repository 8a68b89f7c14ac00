package uk.nhs.stp.ingest;

/** Cell references as Excel writes them: column letters and 1-based rows, e.g. "D17". */
public final class CellRef {

	private CellRef() {
	}

	/** 0 → "A", 25 → "Z", 26 → "AA". */
	public static String column(int index) {
		StringBuilder letters = new StringBuilder();
		int n = index + 1;
		while (n > 0) {
			int remainder = (n - 1) % 26;
			letters.insert(0, (char) ('A' + remainder));
			n = (n - 1) / 26;
		}
		return letters.toString();
	}

	public static String of(int column, int row) {
		return column(column) + row;
	}

}
