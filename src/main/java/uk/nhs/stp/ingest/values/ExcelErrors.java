package uk.nhs.stp.ingest.values;

import java.util.Set;

/** Excel's error values, which may arrive as error cells or as text in CSV exports. */
public final class ExcelErrors {

	private static final Set<String> ERRORS = Set.of("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
			"#NULL!", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!");

	private ExcelErrors() {
	}

	public static boolean isErrorText(String text) {
		// every error value starts with '#': most cells are settled without stripping or upper-casing
		return text != null && text.indexOf('#') >= 0 && ERRORS.contains(text.strip().toUpperCase(java.util.Locale.ROOT));
	}

}
