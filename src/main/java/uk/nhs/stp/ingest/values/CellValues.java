package uk.nhs.stp.ingest.values;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import uk.nhs.stp.domain.Unit;
import uk.nhs.stp.ingest.SourceCell;

/**
 * Reads numbers as analysts' files write them: real numbers, numbers as text ({@code "1,234"},
 * {@code " 12.5 "}), percentages as text ({@code "85.2%"}), as 85.2, or as 0.852 with a percent
 * format, all normalised to the measure's unit. Suppression marks and error values are missing,
 * never zero; anything else that is not a number is rejected.
 */
public final class CellValues {

	/** Marks that statistical publications use for suppressed or not-available figures. */
	public static final Set<String> SUPPRESSION_MARKS = Set.of("*", "**", "..", "...", "-", "–", "c", "x", "z", ":",
			"~", "n/a", "na", "[c]", "[x]", "[z]", "[low]", "suppressed");

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private static final Pattern THOUSANDS = Pattern.compile("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?$");

	private CellValues() {
	}

	/**
	 * @param cell the value cell
	 * @param unit the measure's unit
	 */
	public static CellValue read(SourceCell cell, Unit unit) {
		if (cell == null || cell.isBlank()) {
			return new CellValue.Missing("blank_value", "the value is blank");
		}
		if (cell.error()) {
			return new CellValue.Missing("error_value", "the cell holds the error value " + cell.text().strip());
		}
		if (cell.number() != null) {
			double value = cell.percentFormat() && unit == Unit.PERCENT ? percent(cell.number()) : cell.number();
			return inRange(value, unit);
		}
		return readText(cell.text(), unit);
	}

	/**
	 * A fraction shown as a percentage, scaled in decimal so that 0.901 gives 90.1 as Excel shows
	 * it, not 90.10000000000001 (which a later file's 90.1 would count as a revision).
	 */
	private static double percent(double fraction) {
		return Double.isFinite(fraction) ? BigDecimal.valueOf(fraction).movePointRight(2).doubleValue() : fraction;
	}

	private static CellValue readText(String raw, Unit unit) {
		if (isPlainDecimal(raw)) {
			return inRange(Double.parseDouble(raw), unit);
		}
		String text = raw.strip().replace("\u00a0", "");
		if (SUPPRESSION_MARKS.contains(text.toLowerCase(Locale.ROOT))) {
			return new CellValue.Missing("suppressed", "the value is suppressed or not available ('" + text + "')");
		}
		if (ExcelErrors.isErrorText(text)) {
			return new CellValue.Missing("error_value", "the cell holds the error value " + text);
		}
		boolean percent = text.endsWith("%");
		String number = (percent ? text.substring(0, text.length() - 1) : text).strip();
		number = number.startsWith("£") ? number.substring(1) : number;
		if (THOUSANDS.matcher(number).matches()) {
			number = number.replace(",", "");
		}
		if (!NUMBER.matcher(number).matches()) {
			return new CellValue.Invalid("not_a_number", "'" + raw + "' is not a number");
		}
		if (percent && unit != Unit.PERCENT) {
			return new CellValue.Invalid("not_a_number",
					"'" + raw + "' is a percentage, but this measure is in " + unit.label());
		}
		return inRange(Double.parseDouble(number), unit);
	}

	/**
	 * Digits with at most a leading minus and one decimal point, nothing else: how nearly every
	 * value in a CSV file is written, read without the patterns the general case needs.
	 */
	private static boolean isPlainDecimal(String text) {
		int digits = 0;
		boolean point = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
			else if (c == '.' && !point) {
				point = true;
			}
			else if (c != '-' || i > 0) {
				return false;
			}
		}
		return digits > 0 && digits <= 15;
	}

	private static CellValue inRange(double value, Unit unit) {
		if (!Double.isFinite(value)) {
			return new CellValue.Invalid("not_a_number", "the value is not a finite number");
		}
		return unit.rangeProblem(value)
			.<CellValue>map(problem -> new CellValue.Invalid(value < 0 ? "negative_value" : "out_of_range",
					format(value) + " is impossible here: " + problem))
			.orElseGet(() -> new CellValue.Number(value));
	}

	/** A count (numerator or denominator): a non-negative number; blank means not given. */
	public static CellValue readCount(SourceCell cell) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		CellValue value = cell.number() != null ? inRange(cell.number(), Unit.COUNT) : readText(cell.text(), Unit.COUNT);
		return value instanceof CellValue.Missing ? null : value;
	}

	public static String format(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
	}

}
