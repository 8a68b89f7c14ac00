package uk.nhs.stp.domain;

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

	/** "A" → 0, "AA" → 26; the inverse of {@link #column(int)}. */
	public static int index(String letters) {
		int index = 0;
		for (int i = 0; i < letters.length(); i++) {
			index = index * 26 + (Character.toUpperCase(letters.charAt(i)) - 'A' + 1);
		}
		return index - 1;
	}

	public static String of(int column, int row) {
		return column(column) + row;
	}

}
