package uk.nhs.stp.model;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.settings.ConfigurationException;

/** Reads the area register ({@code jobs/areas.csv}); a bad line stops the run naming file and line. */
public final class AreaRegisterLoader {

	private static final Pattern ONS_CODE = Pattern.compile("E\\d{8}");

	private static final CSVFormat FORMAT = MappingsLoader.FORMAT;

	private AreaRegisterLoader() {
	}

	/**
	 * @throws ConfigurationException naming the file, line and column of the first problem
	 */
	public static AreaRegister load(Path file) {
		return load(file, null);
	}

	/**
	 * @param file the register, e.g. {@code jobs/areas.csv}
	 * @param aliases the area aliases file (optional; may be null or absent)
	 * @throws ConfigurationException naming the file, line and column of the first problem
	 */
	public static AreaRegister load(Path file, Path aliases) {
		if (!Files.isRegularFile(file)) {
			throw new ConfigurationException(file + ": area register not found (set stp.area-register)");
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			for (String column : List.of("area_code", "nhse_code", "area_name", "region")) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new ConfigurationException(file + ": missing column '" + column + "' in the header");
				}
			}
			List<Area> areas = areas(file, parser);
			Set<String> codes = new HashSet<>();
			areas.forEach(a -> codes.add(a.code()));
			checkReportedAs(file, areas, codes);
			return new AreaRegister(areas, aliases == null ? java.util.Map.of() : MappingsLoader.areaAliases(aliases, codes));
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw new ConfigurationException(file + ": cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static LocalDate date(CSVRecord record, String column, String where) {
		String text = optional(record, column);
		if (text == null) {
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
		return record.isMapped(column) && !record.get(column).isEmpty() ? record.get(column) : null;
	}

	private static void checkReportedAs(Path file, List<Area> areas, Set<String> codes) {
		for (Area area : areas) {
			if (area.reportedAs() != null && !codes.contains(area.reportedAs())) {
				throw new ConfigurationException(file + ": " + area.code() + " is reported_as " + area.reportedAs()
						+ ", which is not in the register");
			}
		}
	}

	private static List<Area> areas(Path file, CSVParser parser) {
		List<Area> areas = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (CSVRecord record : parser) {
			String where = file + " line " + parser.getCurrentLineNumber() + ": ";
			String code = record.get("area_code");
			if (!ONS_CODE.matcher(code).matches()) {
				throw new ConfigurationException(where + "area_code '" + code + "' is not an ONS code (E followed by 8 digits)");
			}
			if (!codes.add(code)) {
				throw new ConfigurationException(where + "area_code " + code + " is listed twice");
			}
			String name = record.get("area_name");
			if (name.isEmpty()) {
				throw new ConfigurationException(where + "area_name is empty");
			}
			areas.add(new Area(code, record.get("nhse_code"), name, record.get("region"), date(record, "valid_from", where),
					date(record, "valid_to", where), optional(record, "reported_as")));
		}
		if (areas.isEmpty()) {
			throw new ConfigurationException(file + ": the area register lists no areas");
		}
		return areas;
	}

}
