package uk.nhs.stp.ingest.read;

import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.nhs.stp.domain.Attribution;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.Unit;
import uk.nhs.stp.domain.Where;
import uk.nhs.stp.ingest.Amount;
import uk.nhs.stp.ingest.IngestItem;
import uk.nhs.stp.ingest.IngestNote;
import uk.nhs.stp.ingest.RolledUp;
import uk.nhs.stp.ingest.RowItem;
import uk.nhs.stp.ingest.RowItem.Field;
import uk.nhs.stp.ingest.RowRejectedException;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.SourceRow;
import uk.nhs.stp.ingest.geography.Resolution;
import uk.nhs.stp.ingest.values.CellValue;
import uk.nhs.stp.ingest.values.CellValues;

/**
 * Rolls the rows of units (CCGs, trusts, practices) up to their systems, as method §0 says:
 * counts are summed, proportions and rates are recomputed from their summed numerators and
 * denominators, each unit weighted by its share of the system; a percentage or rate given without
 * its counts is never averaged, and a mean or index is not rolled up at all. Each unit no mapping
 * knows is named once, not on each of its rows. When the workbook also publishes the systems' own
 * figures, the roll-up is compared with them instead of being loaded.
 */
final class UnitRollUp {

	/** Rolled-up and published percentages agreeing within this many points count as agreeing. */
	private static final double AGREE = 0.05;

	private final SheetReader.FileContext file;

	private final SheetPlan plan;

	private final ItemFields fields;

	private final Map<String, Way> ways = new HashMap<>();

	private final Map<String, Sum> sums = new LinkedHashMap<>();

	private final Set<String> named = new HashSet<>();

	private final Set<String> units = new HashSet<>();

	private int rows;

	private int leftOutRows;

	UnitRollUp(SheetReader.FileContext file, SheetPlan plan, ItemFields fields) {
		this.file = file;
		this.plan = plan;
		this.fields = fields;
	}

	/** How a measure is rolled up. */
	private enum Way {

		SUM, RECOMPUTED, NOT_ROLLED_UP

	}

	/** One system's running sums for one measure and period. */
	private static final class Sum {

		final String area;

		final String measure;

		final Period period;

		final int firstRow;

		double value;

		double numerator;

		double denominator;

		final Set<String> units = new HashSet<>();

		Sum(String area, String measure, Period period, int firstRow) {
			this.area = area;
			this.measure = measure;
			this.period = period;
			this.firstRow = firstRow;
		}

	}

	void add(RowItem item, SourceRow row, Deque<IngestItem> pending) {
		try {
			String measure = this.fields.measure(item);
			Way way = this.ways.computeIfAbsent(measure, m -> way(m, item, pending));
			if (way == Way.NOT_ROLLED_UP) {
				return;
			}
			Period period = this.fields.period(item, measure);
			String unit = item.cell(Field.AREA).text().strip();
			List<Attribution> shares = attributions(row, unit, period, pending);
			if (shares.isEmpty()) {
				this.leftOutRows++;
				return;
			}
			double[] amount = amount(item, measure, way, pending);
			if (amount != null) {
				this.rows++;
				this.units.add(unit);
				shares.forEach(share -> sum(share, measure, period, item.rowNumber(), unit, amount));
			}
		}
		catch (RowRejectedException rejected) {
			pending.add(rejected.note());
		}
	}

	private void sum(Attribution share, String measure, Period period, int row, String unit, double[] amount) {
		Sum sum = this.sums.computeIfAbsent(share.areaCode() + "|" + measure + "|" + period.key(),
				k -> new Sum(share.areaCode(), measure, period, row));
		sum.value += share.share() * amount[0];
		sum.numerator += share.share() * amount[1];
		sum.denominator += share.share() * amount[2];
		sum.units.add(unit);
	}

	/** Counts sum; proportions and rates need their numerator and denominator columns; the rest never roll up. */
	private Way way(String measure, RowItem item, Deque<IngestItem> pending) {
		Rollability rollability = new Rollability(this.file.model());
		if (rollability.sums(measure)) {
			return Way.SUM;
		}
		if (rollability.recomputes(measure) && item.cell(Field.NUMERATOR) != null && item.cell(Field.DENOMINATOR) != null) {
			return Way.RECOMPUTED;
		}
		pending.add(sheetNote("not_rollable", rollability.reason(measure) + ": it is not loaded from this sheet"));
		return Way.NOT_ROLLED_UP;
	}

	/** The systems a row's unit belongs to during the period, with their shares; empty (noted once) when none. */
	private List<Attribution> attributions(SourceRow row, String unit, Period period, Deque<IngestItem> pending) {
		int column = this.plan.layout().geography().attributionColumn();
		if (column >= 0) {
			Resolution system = this.file.resolver().resolve(row.cell(column).text());
			if (system instanceof Resolution.System s) {
				String area = this.file.resolver().areas().reportedUnder(s.area()).code();
				return List.of(new Attribution(unit, area, 1, null, null, "column " + row.cell(column).columnLetters()));
			}
			noteOnce(unit, row, "'" + row.cell(column).text().strip() + "' in column " + row.cell(column).columnLetters()
					+ " is not a system the area register knows", pending);
			return List.of();
		}
		Resolution resolution = this.file.resolver().resolve(unit);
		if (resolution instanceof Resolution.Unit known) {
			List<Attribution> shares = this.file.resolver().attributions(known, period).stream()
				.map(a -> new Attribution(a.unitCode(), this.file.resolver().areas().byCode(a.areaCode())
					.map(area -> this.file.resolver().areas().reportedUnder(area).code()).orElse(a.areaCode()), a.share(),
						a.validFrom(), a.validTo(), a.source()))
				.toList();
			if (shares.isEmpty()) {
				noteOnce(unit, row, "the mapping (" + this.file.resolver().mappingSource(known) + ") gives it no system in "
						+ period.label(), pending);
			}
			return shares;
		}
		noteOnce(unit, row, resolution instanceof Resolution.System
				? "it is a system, listed among units: its own row is not loaded, the roll-up is"
				: "no mapping (the workbook's or jobs/mappings/units/) knows it", pending);
		return List.of();
	}

	private void noteOnce(String unit, SourceRow row, String why, Deque<IngestItem> pending) {
		if (this.named.add(unit)) {
			String column = row.cell(this.plan.layout().areaColumn()).columnLetters();
			pending.add(new IngestNote(this.file.fileId(), this.plan.name(), row.rowNumber(), column, IngestNote.SKIPPED,
					"unit_unmapped", unit, Where.cell(this.plan.name(), column, row.rowNumber()) + ": '" + unit
							+ "' is left out of the roll-up to systems (this and any later rows of it): " + why));
		}
	}

	/** {value, numerator, denominator} of a row, or null when missing (noted) or invalid (rejected). */
	private double[] amount(RowItem item, String measure, Way way, Deque<IngestItem> pending) {
		if (way == Way.SUM) {
			CellValue value = CellValues.read(item.cell(Field.VALUE), this.file.model().measureUnit(measure).orElseThrow());
			return number(item, Field.VALUE, value, pending) ? new double[] { ((CellValue.Number) value).value(), 0, 0 } : null;
		}
		CellValue numerator = CellValues.readCount(item.cell(Field.NUMERATOR));
		CellValue denominator = CellValues.readCount(item.cell(Field.DENOMINATOR));
		if (numerator == null || denominator == null) {
			pending.add(missing(item, numerator == null ? Field.NUMERATOR : Field.DENOMINATOR));
			return null;
		}
		boolean both = number(item, Field.NUMERATOR, numerator, pending) & number(item, Field.DENOMINATOR, denominator, pending);
		return both ? new double[] { 0, ((CellValue.Number) numerator).value(), ((CellValue.Number) denominator).value() }
				: null;
	}

	private boolean number(RowItem item, Field field, CellValue value, Deque<IngestItem> pending) {
		if (value instanceof CellValue.Invalid invalid) {
			pending.add(ItemFields.reject(item, field, invalid.reasonClass(), invalid.reason()).note());
			return false;
		}
		if (value instanceof CellValue.Missing) {
			pending.add(missing(item, field));
			return false;
		}
		return value instanceof CellValue.Number;
	}

	private static IngestNote missing(RowItem item, Field field) {
		SourceCell cell = item.cell(field);
		String text = cell == null ? "" : cell.text();
		return new IngestNote(item.fileId(), item.sheet(), item.rowNumber(), cell == null ? null : cell.columnLetters(),
				IngestNote.MISSING, text.isBlank() ? "blank_value" : "suppressed", text,
				(cell == null ? Where.row(item.sheet(), item.rowNumber()) : item.where(cell)) + ": the "
						+ field.name().toLowerCase(java.util.Locale.ROOT) + " is missing ('" + text.strip()
						+ "'), so this unit is left out of its system's roll-up");
	}

	/** The rolled-up values, or when the workbook publishes its systems' figures, the check against them. */
	List<IngestItem> finish(PublishedValues published) {
		List<IngestItem> out = new ArrayList<>();
		List<RolledUp> values = new ArrayList<>();
		for (Sum sum : this.sums.values()) {
			Way way = this.ways.get(sum.measure);
			if (way == Way.RECOMPUTED && sum.denominator <= 0) {
				continue;
			}
			double value = way == Way.SUM ? sum.value : sum.numerator / sum.denominator * scale(sum.measure);
			Amount amount = way == Way.SUM ? new Amount(value, null, null) : new Amount(value, sum.numerator, sum.denominator);
			values.add(new RolledUp(this.file.fileId(), this.plan.name(), sum.firstRow, sum.area, sum.measure, sum.period,
					amount, sum.units.size()));
		}
		if (values.isEmpty()) {
			return out;
		}
		if (this.plan.checkOnly()) {
			out.add(new RollUpCheck(this.file, this.plan, published, AGREE).note(values, this.rows, this.units.size()));
			return out;
		}
		out.add(sheetNote("rolled_up", summary(values)));
		out.addAll(values);
		return out;
	}

	private String summary(List<RolledUp> values) {
		long systems = values.stream().map(RolledUp::areaCode).distinct().count();
		return this.rows + " rows of " + this.units.size() + " " + this.plan.layout().geography().words() + ": "
				+ values.size() + " values for " + systems + " systems"
				+ (this.named.isEmpty() ? "" : "; " + this.named.size() + " units (" + this.leftOutRows
						+ " rows) are left out, each named in its own note");
	}

	private double scale(String measure) {
		return switch (this.file.model().measureUnit(measure).orElseThrow()) {
			case PERCENT -> 100;
			case RATE_PER_1000 -> 1000;
			case RATE_PER_100000 -> 100000;
			default -> 1;
		};
	}

	private IngestNote sheetNote(String reasonClass, String reason) {
		String status = reasonClass.equals("rolled_up") ? "rolled_up" : IngestNote.SKIPPED;
		return new IngestNote(this.file.fileId(), this.plan.name(), null, null, status, reasonClass, null,
				(this.file.workbook() ? "Sheet \"" + this.plan.name() + "\": " : "") + reason);
	}

}
