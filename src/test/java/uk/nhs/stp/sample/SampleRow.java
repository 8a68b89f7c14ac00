package uk.nhs.stp.sample;

import java.time.YearMonth;

/** One generated observation: the value as the file writes it ("*" when suppressed). */
record SampleRow(String areaCode, String areaName, String metric, YearMonth month, String value, Long numerator,
		Long denominator) {
}
