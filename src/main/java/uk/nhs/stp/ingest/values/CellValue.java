package uk.nhs.stp.ingest.values;

/**
 * What a value cell turned out to hold: a number, a value that is missing for a stated reason
 * (blank, suppressed, an error value — never zero), or something that cannot be read.
 */
public sealed interface CellValue {

	/** A finite number, already in the measure's unit. */
	record Number(double value) implements CellValue {
	}

	/** Missing with a reason; not a rejection. */
	record Missing(String reasonClass, String reason) implements CellValue {
	}

	/** Cannot be read or impossible; the row is rejected. */
	record Invalid(String reasonClass, String reason) implements CellValue {
	}

}
