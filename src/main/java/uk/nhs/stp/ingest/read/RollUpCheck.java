package uk.nhs.stp.ingest.read;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.nhs.stp.ingest.IngestNote;
import uk.nhs.stp.ingest.RolledUp;
import uk.nhs.stp.ingest.values.CellValues;

/**
 * Compares a roll-up of units with the systems' own figures published in the same workbook (NHS
 * England's A&amp;E workbooks carry both): the published figures are what loads, and the roll-up is
 * a check on them and on the mapping, logged, never a second value for the same key. One note
 * sums it up; the log file has each system's difference.
 */
final class RollUpCheck {

	private static final Logger log = LoggerFactory.getLogger(RollUpCheck.class);

	private final SheetReader.FileContext file;

	private final SheetPlan plan;

	private final PublishedValues published;

	private final double agree;

	RollUpCheck(SheetReader.FileContext file, SheetPlan plan, PublishedValues published, double agree) {
		this.file = file;
		this.plan = plan;
		this.published = published;
		this.agree = agree;
	}

	IngestNote note(List<RolledUp> values, int rows, int units) {
		int compared = 0;
		int agreeing = 0;
		double largest = -1;
		String largestWords = "";
		String source = null;
		for (RolledUp value : values) {
			var published = this.published.get(value.areaCode(), value.measure(), value.period());
			if (published.isEmpty()) {
				continue;
			}
			compared++;
			source = published.get().sheet();
			double difference = Math.abs(value.amount().value() - published.get().value());
			agreeing += difference <= this.agree ? 1 : 0;
			log.debug("ingest: {} roll-up check {} {} {}: rolled up {} from {} units, published {} (difference {})",
					this.file.fileName(), value.areaCode(), value.measure(), value.period().label(),
					round(value.amount().value()), value.units(), round(published.get().value()), round(difference));
			if (difference > largest) {
				largest = difference;
				largestWords = value.areaCode() + " " + value.measure() + " " + value.period().label() + ": rolled up "
						+ round(value.amount().value()) + ", published " + round(published.get().value());
			}
		}
		return new IngestNote(this.file.fileId(), this.plan.name(), null, null, "checked", "rollup_check", null,
				words(rows, units, compared, agreeing, largest, largestWords, source));
	}

	private String words(int rows, int units, int compared, int agreeing, double largest, String largestWords,
			String source) {
		String sheet = this.file.workbook() ? "Sheet \"" + this.plan.name() + "\": " : "";
		String intro = sheet + rows + " rows of " + units + " " + this.plan.layout().geography().words()
				+ ": this workbook also publishes the systems' own figures";
		if (compared == 0) {
			return intro + ", which are what loads; no rolled-up value had a published one to compare with";
		}
		return intro + " (Sheet \"" + source + "\"), which are what loads; as a check, the roll-up agrees with them for "
				+ agreeing + " of " + compared + " values (within " + CellValues.format(this.agree) + ")"
				+ (largest > this.agree ? "; the largest difference is " + round(largest) + " (" + largestWords + ")" : "");
	}

	private static String round(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
