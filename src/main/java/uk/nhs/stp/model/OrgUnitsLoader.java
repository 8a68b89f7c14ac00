package uk.nhs.stp.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;

import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.domain.Attribution;
import uk.nhs.stp.domain.OrgUnit;
import uk.nhs.stp.domain.OrgUnitRegister;
import uk.nhs.stp.settings.ConfigurationException;

/**
 * Reads the unit mappings in {@code jobs/mappings/units/*.csv}: which system each CCG, sub-ICB
 * location, trust or practice belongs to, with what share and when. A bad line, an unknown
 * system, or shares of one unit that do not sum to 1 (± 0.001) stop the run naming file and line.
 */
public final class OrgUnitsLoader {

	public static final String FOLDER = "units";

	private static final List<String> COLUMNS = List.of("unit_code", "unit_type", "area_code", "share");

	private OrgUnitsLoader() {
	}

	/**
	 * @param mappingsFolder {@code jobs/mappings}
	 * @param areas the area register, which every attribution must name
	 */
	public static OrgUnitRegister load(Path mappingsFolder, AreaRegister areas) {
		Path folder = mappingsFolder.resolve(FOLDER);
		if (!Files.isDirectory(folder)) {
			return OrgUnitRegister.EMPTY;
		}
		Map<String, OrgUnit> units = new LinkedHashMap<>();
		Map<String, List<Located>> attributions = new LinkedHashMap<>();
		for (Path file : files(folder)) {
			MappingsLoader.read(file, COLUMNS, (record, where) -> {
				Located located = attribution(file, record, where, areas);
				OrgUnit unit = unit(record, where);
				units.merge(unit.code(), unit, OrgUnitsLoader::named);
				attributions.computeIfAbsent(unit.code(), k -> new ArrayList<>()).add(located);
			});
		}
		attributions.values().forEach(OrgUnitsLoader::checkShares);
		return new OrgUnitRegister(units.values(),
				attributions.values().stream().flatMap(List::stream).map(Located::attribution).toList());
	}

	private static List<Path> files(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + folder, ex);
		}
	}

	private static OrgUnit unit(CSVRecord record, String where) {
		OrgUnit.Kind kind = OrgUnit.Kind.fromCode(record.get("unit_type"))
			.orElseThrow(() -> new ConfigurationException(where + "unit_type '" + record.get("unit_type")
					+ "' is not one of ccg, sub_icb, trust, provider, practice"));
		return new OrgUnit(record.get("unit_code"), optional(record, "ons_code"), optional(record, "unit_name"), kind);
	}

	/** Of two lines for one unit, the one that gives its name and ONS code. */
	private static OrgUnit named(OrgUnit a, OrgUnit b) {
		return new OrgUnit(a.code(), a.onsCode().isEmpty() ? b.onsCode() : a.onsCode(),
				a.name().isEmpty() ? b.name() : a.name(), a.kind());
	}

	private static Located attribution(Path file, CSVRecord record, String where, AreaRegister areas) {
		String area = record.get("area_code");
		if (areas.byCode(area).isEmpty()) {
			throw new ConfigurationException(where + "area_code " + area + " is not in the area register");
		}
		double share;
		try {
			share = Double.parseDouble(record.get("share"));
		}
		catch (NumberFormatException ex) {
			throw new ConfigurationException(where + "share '" + record.get("share") + "' is not a number");
		}
		if (!(share > 0 && share <= 1)) {
			throw new ConfigurationException(where + "share " + share + " must be above 0 and at most 1");
		}
		LocalDate from = date(record, "valid_from", where);
		LocalDate to = date(record, "valid_to", where);
		if (from != null && to != null && to.isBefore(from)) {
			throw new ConfigurationException(where + "valid_to " + to + " is before valid_from " + from);
		}
		return new Located(new Attribution(record.get("unit_code"), area, share, from, to,
				"jobs/mappings/units/" + file.getFileName()), where);
	}

	/** At every date a unit's shares sum to 1 (± 0.001) or it has none. */
	private static void checkShares(List<Located> lines) {
		TreeSet<LocalDate> boundaries = new TreeSet<>();
		boundaries.add(LocalDate.MIN);
		for (Located line : lines) {
			if (line.attribution().validFrom() != null) {
				boundaries.add(line.attribution().validFrom());
			}
			if (line.attribution().validTo() != null) {
				boundaries.add(line.attribution().validTo().plusDays(1));
			}
		}
		for (LocalDate day : boundaries) {
			double sum = lines.stream().map(Located::attribution).filter(a -> holdsOn(a, day)).mapToDouble(Attribution::share).sum();
			if (sum != 0 && Math.abs(sum - 1) > 0.001) {
				throw new ConfigurationException(lines.get(0).where() + "the shares of unit " + lines.get(0).attribution().unitCode()
						+ " sum to " + sum + (day.equals(LocalDate.MIN) ? "" : " on " + day) + "; they must sum to 1 (± 0.001)");
			}
		}
	}

	private static boolean holdsOn(Attribution a, LocalDate day) {
		return (a.validFrom() == null || !day.isBefore(a.validFrom())) && (a.validTo() == null || !day.isAfter(a.validTo()));
	}

	private static LocalDate date(CSVRecord record, String column, String where) {
		String text = optional(record, column);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new ConfigurationException(where + column + " '" + text + "' is not a date (YYYY-MM-DD)");
		}
	}

	private static String optional(CSVRecord record, String column) {
		return record.isMapped(column) ? record.get(column) : "";
	}

	private record Located(Attribution attribution, String where) {
	}

}
