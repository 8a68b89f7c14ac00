package uk.nhs.stp.ingest.geography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.domain.CellRef;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.SourceRow;
import uk.nhs.stp.ingest.layout.HeaderWords;

/**
 * Finds and reads a workbook's own mapping of units to systems, such as the "System Mapping" sheet
 * of NHS England's A&amp;E workbooks: a sheet with no figures, whose header has a column of unit
 * codes ("Org code") and a column most of whose cells are systems of the register (by code or
 * name), and optionally a column of shares ("Proportion…"). A unit listed against several systems
 * without shares is left out rather than guessed.
 */
public final class MappingSheets {

	/** Rows read from a mapping sheet at most (a mapping of every GP practice has under 8,000). */
	static final int MAX_ROWS = 100_000;

	private static final Set<String> CODE_WORDS = Set.of("code", "org", "organisation", "provider", "trust", "site",
			"practice", "ccg", "ods");

	private static final Set<String> SHARE_WORDS = Set.of("proportion", "share", "percent", "apportionment", "weight",
			"fraction");

	private final GeographyResolver resolver;

	public MappingSheets(GeographyResolver resolver) {
		this.resolver = resolver;
	}

	/**
	 * The columns of a mapping sheet.
	 * @param headerRow the header's row number
	 * @param unit the unit code column
	 * @param name the unit name column, or -1
	 * @param system the system column
	 * @param share the share column, or -1
	 */
	public record Columns(int headerRow, int unit, int name, int system, int share) {

		public String describe() {
			return "unit codes in column " + CellRef.column(this.unit) + ", systems in column " + CellRef.column(this.system)
					+ (this.share >= 0 ? ", shares in column " + CellRef.column(this.share) : "");
		}

	}

	/** The mapping columns of a sheet whose first rows are {@code head}, if it is a mapping sheet. */
	public Optional<Columns> detect(List<SourceRow> head) {
		for (int i = 0; i < head.size(); i++) {
			SourceRow header = head.get(i);
			List<SourceCell> texts = header.cells().stream().filter(c -> c != null && !c.isBlank() && c.number() == null).toList();
			if (texts.size() < 2) {
				continue;
			}
			Optional<Columns> columns = columns(header, texts, head.subList(i + 1, head.size()));
			if (columns.isPresent()) {
				return columns;
			}
		}
		return Optional.empty();
	}

	private Optional<Columns> columns(SourceRow header, List<SourceCell> texts, List<SourceRow> below) {
		int system = -1;
		int systemHits = 0;
		int unit = -1;
		for (SourceCell cell : texts) {
			int hits = systemHits(cell.column(), below);
			int filled = filled(cell.column(), below);
			if (filled > 0 && hits * 10 >= filled * 6 && hits > systemHits) {
				system = cell.column();
				systemHits = hits;
			}
		}
		for (SourceCell cell : texts) {
			Set<String> words = HeaderWords.set(cell.text());
			if (unit < 0 && cell.column() != system && words.stream().anyMatch(CODE_WORDS::contains)
					&& codeLike(cell.column(), below) && systemHits(cell.column(), below) * 5 < filled(cell.column(), below)) {
				unit = cell.column();
			}
		}
		if (system < 0 || unit < 0) {
			return Optional.empty();
		}
		return Optional.of(new Columns(header.rowNumber(), unit, nameColumn(texts, unit, system), system, shareColumn(texts)));
	}

	/** Reads every row of a mapping sheet after its header into a mapping. */
	public WorkbookMapping read(String sheetName, Iterator<SourceRow> rows, Columns columns) {
		Map<String, List<String[]>> lines = new HashMap<>();
		List<String> order = new ArrayList<>();
		int read = 0;
		while (rows.hasNext() && read++ < MAX_ROWS) {
			SourceRow row = rows.next();
			if (row.rowNumber() <= columns.headerRow()) {
				continue;
			}
			String code = row.cell(columns.unit()).text().strip();
			Optional<Area> area = system(row.cell(columns.system()).text());
			if (code.isEmpty() || area.isEmpty() || Aggregates.isPlaceholder(code)) {
				continue;
			}
			String share = columns.share() < 0 ? "1" : numberText(row.cell(columns.share()));
			String name = columns.name() < 0 ? "" : row.cell(columns.name()).text().strip();
			if (lines.putIfAbsent(code, new ArrayList<>()) == null) {
				order.add(code);
			}
			lines.get(code).add(new String[] { area.get().code(), share, name });
		}
		WorkbookMapping.Builder builder = new WorkbookMapping.Builder("Sheet \"" + sheetName + "\"");
		for (String code : order) {
			addUnit(builder, code, lines.get(code), columns.share() >= 0);
		}
		return builder.build();
	}

	private static void addUnit(WorkbookMapping.Builder builder, String code, List<String[]> lines, boolean shared) {
		if (!shared) {
			long systems = lines.stream().map(l -> l[0]).distinct().count();
			if (systems == 1) {
				builder.add(code, lines.get(0)[2], lines.get(0)[0], 1.0);
			}
			return;
		}
		double sum = 0;
		for (String[] line : lines) {
			sum += parse(line[1]);
		}
		if (Math.abs(sum - 1) <= 0.001) {
			lines.forEach(line -> builder.add(code, line[2], line[0], parse(line[1])));
		}
	}

	private Optional<Area> system(String text) {
		Resolution resolution = this.resolver.resolve(text);
		return resolution instanceof Resolution.System s ? Optional.of(this.resolver.areas().reportedUnder(s.area()))
				: Optional.empty();
	}

	private int systemHits(int column, List<SourceRow> rows) {
		int hits = 0;
		for (SourceRow row : rows) {
			hits += this.resolver.resolve(row.cell(column).text()) instanceof Resolution.System ? 1 : 0;
		}
		return hits;
	}

	private static int filled(int column, List<SourceRow> rows) {
		return (int) rows.stream().filter(r -> !r.cell(column).isBlank()).count();
	}

	private static boolean codeLike(int column, List<SourceRow> rows) {
		int filled = 0;
		int codes = 0;
		for (SourceRow row : rows) {
			String text = row.cell(column).text().strip();
			if (!text.isEmpty()) {
				filled++;
				codes += text.length() <= 12 && !text.contains(" ") ? 1 : 0;
			}
		}
		return filled > 0 && codes * 10 >= filled * 8;
	}

	private static int nameColumn(List<SourceCell> texts, int unit, int system) {
		return texts.stream()
			.filter(c -> c.column() != unit && c.column() != system && HeaderWords.set(c.text()).contains("name"))
			.mapToInt(SourceCell::column)
			.findFirst()
			.orElse(-1);
	}

	private static int shareColumn(List<SourceCell> texts) {
		return texts.stream()
			.filter(c -> HeaderWords.set(c.text()).stream().anyMatch(SHARE_WORDS::contains))
			.mapToInt(SourceCell::column)
			.findFirst()
			.orElse(-1);
	}

	private static String numberText(SourceCell cell) {
		return cell.number() != null ? Double.toString(cell.number()) : cell.text().strip();
	}

	private static double parse(String text) {
		try {
			return Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

}
