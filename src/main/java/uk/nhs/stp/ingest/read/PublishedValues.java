package uk.nhs.stp.ingest.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.ingest.RowItem;
import uk.nhs.stp.ingest.RowItem.Field;
import uk.nhs.stp.ingest.RowRejectedException;
import uk.nhs.stp.ingest.values.CellValue;
import uk.nhs.stp.ingest.values.CellValues;
import uk.nhs.stp.model.ScoringModel;

/**
 * The systems' own figures a workbook publishes, for the metrics its sheets of units also give,
 * kept while the file is read so that the units' roll-up can be compared with them. What cannot
 * be read here is left to the validator, which reports it; nothing here is ever loaded.
 */
final class PublishedValues {

	private final Set<String> measures;

	private final AreaRegister areas;

	private final ItemFields fields;

	private final ScoringModel model;

	private final Map<String, Published> values = new HashMap<>();

	/**
	 * @param measures the metrics some sheet of units gives (none: nothing is kept)
	 */
	PublishedValues(Set<String> measures, AreaRegister areas, ItemFields fields, ScoringModel model) {
		this.measures = measures;
		this.areas = areas;
		this.fields = fields;
		this.model = model;
	}

	/**
	 * A published value and where it is.
	 * @param value the value
	 * @param denominator its denominator, or null
	 * @param sheet the sheet
	 * @param row the row
	 */
	record Published(double value, Double denominator, String sheet, int row) {
	}

	boolean wanted(SheetPlan plan) {
		return !this.measures.isEmpty() && plan.isSystems();
	}

	void capture(RowItem item) {
		try {
			String measure = this.fields.measure(item);
			if (!this.measures.contains(measure)) {
				return;
			}
			Optional<Area> area = this.areas.find(item.cell(Field.AREA).text());
			CellValue value = CellValues.read(item.cell(Field.VALUE), this.model.measureUnit(measure).orElseThrow());
			if (area.isPresent() && value instanceof CellValue.Number number) {
				Period period = this.fields.period(item, measure);
				CellValue den = CellValues.readCount(item.cell(Field.DENOMINATOR));
				this.values.putIfAbsent(key(this.areas.reportedUnder(area.get()).code(), measure, period),
						new Published(number.value(), den instanceof CellValue.Number d ? d.value() : null, item.sheet(),
								item.rowNumber()));
			}
		}
		catch (RowRejectedException unreadable) {
			// reported by the validator when the row itself is validated
		}
	}

	Optional<Published> get(String areaCode, String measure, Period period) {
		return Optional.ofNullable(this.values.get(key(areaCode, measure, period)));
	}

	private static String key(String area, String measure, Period period) {
		return area + "|" + measure + "|" + period.key();
	}

}
