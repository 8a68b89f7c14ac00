package uk.nhs.stp.ingest.geography;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.nhs.stp.domain.OrgUnit;
import uk.nhs.stp.ingest.RowItem.Field;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.SourceRow;
import uk.nhs.stp.ingest.layout.ColumnHeader;
import uk.nhs.stp.ingest.layout.Geography;
import uk.nhs.stp.ingest.layout.HeaderWords;
import uk.nhs.stp.ingest.layout.SheetLayout;

/**
 * Chooses which label column names each row's place, and what the rows are, from what the cells
 * of the first rows resolve to, never from where a column stands: a column of systems (the rows
 * load as they are); a column of units a mapping knows (the rows are rolled up, through the
 * workbook's own mapping or the shipped ones, or through a column of their systems in the same
 * sheet); England and region rows only; or units no mapping knows (set aside with one line, not
 * one rejection per row).
 */
public final class GeographyChooser {

	/** A column is taken for systems (or units) when at least this share of its place cells resolve. */
	private static final double RESOLVED = 0.5;

	/** Header words that say a column names units below systems. */
	private static final Set<String> UNIT_WORDS = Set.of("org", "organisation", "organization", "provider", "trust",
			"ccg", "practice", "site", "commissioner", "sicbl", "location", "hospital", "gp");

	private final GeographyResolver resolver;

	public GeographyChooser(GeographyResolver resolver) {
		this.resolver = resolver;
	}

	/** What was decided for a sheet. */
	public sealed interface Decision permits Chosen, SetAside {
	}

	/** The geography to read the sheet with. */
	public record Chosen(Geography geography) implements Decision {
	}

	/** The sheet is not loaded, with one reason. */
	public record SetAside(String reasonClass, String reason) implements Decision {
	}

	/**
	 * @param layout the sheet's layout (its label columns and data columns)
	 * @param sample the first data rows under the header
	 */
	public Decision choose(SheetLayout layout, List<SourceRow> sample, boolean areaFieldDeclared) {
		if (areaFieldDeclared) {
			int column = layout.columns().get(Field.AREA);
			return new Chosen(new Geography(Geography.Level.SYSTEM, column, -1, "area in column " + letters(column)));
		}
		List<SourceRow> rows = sample.stream().filter(r -> hasData(layout, r)).toList();
		List<Stats> stats = new ArrayList<>();
		for (ColumnHeader label : layout.labels()) {
			stats.add(stats(label, rows));
		}
		Stats systems = best(stats, true);
		Stats units = best(stats, false);
		Stats unitHeader = stats.stream().filter(s -> s != systems && isUnitHeader(s.header)).findFirst().orElse(null);
		if (systems != null) {
			Stats key = units != null && units != systems ? units : unitHeader;
			if (repeats(layout, rows, systems.header.column()) && key != null) {
				return rolledUp(key, systems);
			}
			return new Chosen(new Geography(Geography.Level.SYSTEM, systems.header.column(), -1,
					"area in column " + systems.header.letters()));
		}
		if (units != null) {
			return rolledUp(units, null);
		}
		return undecided(layout, stats, unitHeader, rows.size());
	}

	private Decision undecided(SheetLayout layout, List<Stats> stats, Stats unitHeader, int rows) {
		if (rows > 0 && stats.stream().allMatch(s -> s.systems + s.units + s.unknown == 0)
				&& stats.stream().anyMatch(s -> s.aggregates > 0)) {
			return new SetAside("aggregate_only", "its rows are England, regions or totals only ("
					+ aggregateExample(stats) + "), not areas");
		}
		if (unitHeader != null) {
			return new SetAside("other_geography", "its rows are for " + unitHeader.header.describe()
					+ " (e.g. '" + unitHeader.example + "'), which no mapping attributes to systems: neither the workbook "
					+ "has a mapping sheet nor jobs/mappings/units/ knows them; to load it, add a mapping file there "
					+ "(unit_code,ons_code,unit_name,unit_type,area_code,share,valid_from,valid_to)");
		}
		for (ColumnHeader label : layout.labels()) {
			if (isAreaHeader(label)) {
				return new Chosen(new Geography(Geography.Level.SYSTEM, label.column(), -1,
						"area in column " + label.letters()));
			}
		}
		return new SetAside("no_area_column", "no column holds areas this pipeline knows (codes or names of STPs, ICSs "
				+ "or ICBs, or of CCGs, sub-ICB locations or trusts that a mapping attributes)");
	}

	private Decision rolledUp(Stats key, Stats attribution) {
		String kind = kindWords(key);
		String through = attribution != null ? "the systems in column " + attribution.header.letters()
				: key.byWorkbook > 0 ? this.resolver.mappingSourceWords(true) : "jobs/mappings/units/";
		return new Chosen(new Geography(Geography.Level.UNIT, key.header.column(),
				attribution == null ? -1 : attribution.header.column(),
				kind + " in column " + key.header.letters() + ", rolled up to systems through " + through));
	}

	private static String kindWords(Stats key) {
		OrgUnit.Kind kind = key.kind();
		if (kind == null) {
			return "units";
		}
		return switch (kind) {
			case CCG -> "CCGs";
			case SUB_ICB -> "sub-ICB locations";
			case TRUST -> "trusts";
			case PROVIDER -> "providers";
			case PRACTICE -> "GP practices";
		};
	}

	/** The column most of whose place cells are systems (or units), at least {@link #RESOLVED}. */
	private static Stats best(List<Stats> stats, boolean systems) {
		Stats best = null;
		for (Stats s : stats) {
			double share = systems ? s.share(s.systems) : s.share(s.units);
			if (share >= RESOLVED && (best == null || better(s, best, systems))) {
				best = s;
			}
		}
		return best;
	}

	private static boolean better(Stats a, Stats b, boolean systems) {
		int hitsA = systems ? a.systems : a.units;
		int hitsB = systems ? b.systems : b.units;
		if (hitsA != hitsB) {
			return hitsA > hitsB;
		}
		return a.header.words().contains("code") && !b.header.words().contains("code");
	}

	private Stats stats(ColumnHeader header, List<SourceRow> rows) {
		Stats s = new Stats(header);
		for (SourceRow row : rows) {
			SourceCell cell = row.cell(header.column());
			Resolution resolution = this.resolver.resolve(cell.text());
			s.count(resolution, cell.text().strip());
		}
		return s;
	}

	/** Whether the same system is named on several rows for the same metric and period. */
	private static boolean repeats(SheetLayout layout, List<SourceRow> rows, int column) {
		Set<String> seen = new HashSet<>();
		int repeated = 0;
		Integer metric = layout.columns().get(Field.MEASURE);
		Integer period = layout.columns().get(Field.PERIOD);
		for (SourceRow row : rows) {
			String key = row.cell(column).text().strip() + "|" + (metric == null ? "" : row.cell(metric).text())
					+ "|" + (period == null ? "" : row.cell(period).text());
			if (!row.cell(column).isBlank() && !seen.add(key)) {
				repeated++;
			}
		}
		return repeated * 4 >= rows.size() && repeated > 0;
	}

	private static boolean hasData(SheetLayout layout, SourceRow row) {
		for (SourceCell cell : row.cells()) {
			if (cell != null && !cell.isBlank() && layout.isDataColumn(cell.column())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isUnitHeader(ColumnHeader header) {
		return HeaderWords.set(header.shown()).stream().anyMatch(UNIT_WORDS::contains);
	}

	private static boolean isAreaHeader(ColumnHeader header) {
		Set<String> words = HeaderWords.set(header.shown());
		return words.contains("stp") || words.contains("icb") || words.contains("ics") || words.contains("area")
				|| words.contains("system") || words.contains("footprint");
	}

	private static String aggregateExample(List<Stats> stats) {
		return stats.stream().filter(s -> s.aggregateExample != null).map(s -> "'" + s.aggregateExample + "'")
			.findFirst().orElse("");
	}

	private static String letters(int column) {
		return uk.nhs.stp.domain.CellRef.column(column);
	}

	/** What one label column's cells resolve to. */
	private static final class Stats {

		final ColumnHeader header;

		int systems;

		int units;

		int byWorkbook;

		int aggregates;

		int blanks;

		int unknown;

		String example;

		String aggregateExample;

		final Map<OrgUnit.Kind, Integer> kindCounts = new java.util.EnumMap<>(OrgUnit.Kind.class);

		/** The kind of unit most of its cells name, or null. */
		OrgUnit.Kind kind() {
			return this.kindCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
		}

		Stats(ColumnHeader header) {
			this.header = header;
		}

		void count(Resolution resolution, String text) {
			if (resolution instanceof Resolution.System) {
				this.systems++;
			}
			else if (resolution instanceof Resolution.Unit unit) {
				this.units++;
				this.byWorkbook += unit.byWorkbook() ? 1 : 0;
				this.kindCounts.merge(unit.unit().kind(), 1, Integer::sum);
			}
			else if (resolution instanceof Resolution.Aggregate) {
				this.aggregates++;
				this.aggregateExample = this.aggregateExample == null ? text : this.aggregateExample;
			}
			else if (resolution instanceof Resolution.Blank) {
				this.blanks++;
			}
			else {
				this.unknown++;
			}
			if (this.example == null && !text.isEmpty() && !(resolution instanceof Resolution.Aggregate)) {
				this.example = text;
			}
		}

		double share(int hits) {
			int places = this.systems + this.units + this.unknown;
			return places == 0 ? 0 : (double) hits / places;
		}

	}

}
