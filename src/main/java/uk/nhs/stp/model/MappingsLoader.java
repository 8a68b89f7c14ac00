package uk.nhs.stp.model;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import uk.nhs.stp.domain.MeasureNames;
import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.settings.ConfigurationException;

/**
 * Reads the mapping files in {@code jobs/mappings/}: {@code column-aliases.csv} (field, alias),
 * {@code metric-aliases.csv} (metric, alias), {@code aggregate-names.csv} (name) and
 * {@code layouts.yml}. A bad line stops the run naming file, line and column.
 */
public final class MappingsLoader {

	public static final String COLUMN_ALIASES = "column-aliases.csv";

	public static final String METRIC_ALIASES = "metric-aliases.csv";

	public static final String AREA_ALIASES = "area-aliases.csv";

	public static final String AGGREGATE_NAMES = "aggregate-names.csv";

	public static final String LAYOUTS = "layouts.yml";

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setCommentMarker('#')
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private MappingsLoader() {
	}

	public static IngestMappings load(Path folder, ScoringModel model) {
		Map<String, Set<String>> columns = new LinkedHashMap<>();
		IngestMappings.FIELDS.forEach(f -> columns.put(f, new HashSet<>(Set.of(f, MeasureNames.normalise(f + "_code")))));
		read(folder.resolve(COLUMN_ALIASES), List.of("field", "alias"), (record, where) -> {
			String field = record.get("field");
			if (!columns.containsKey(field)) {
				throw new ConfigurationException(where + "unknown field '" + field + "' (expected one of "
						+ String.join(", ", IngestMappings.FIELDS) + ")");
			}
			columns.get(field).add(MeasureNames.normalise(record.get("alias")));
		});
		Map<String, String> metrics = metricNames(model);
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		read(folder.resolve(METRIC_ALIASES), List.of("metric", "alias"), (record, where) -> {
			String metric = record.get("metric");
			if (model.measureUnit(metric).isEmpty()) {
				throw new ConfigurationException(where + "unknown metric '" + metric + "' (not in " + model.source() + ")");
			}
			metrics.put(MeasureNames.normalise(record.get("alias")), metric);
			aliases.computeIfAbsent(metric, k -> new java.util.ArrayList<>()).add(record.get("alias"));
		});
		Set<String> aggregates = new HashSet<>();
		read(folder.resolve(AGGREGATE_NAMES), List.of("name"),
				(record, where) -> aggregates.add(MeasureNames.normalise(record.get("name"))));
		List<LayoutOverride> layouts = LayoutsReader.read(folder.resolve(LAYOUTS), model);
		return new IngestMappings(columns, metrics, aggregates, layouts, aliases);
	}

	/** Area aliases: alias text by area code, checked against the register's codes. */
	public static Map<String, String> areaAliases(Path file, Set<String> codes) {
		Map<String, String> aliases = new HashMap<>();
		read(file, List.of("area_code", "alias"), (record, where) -> {
			String code = record.get("area_code");
			if (!codes.contains(code)) {
				throw new ConfigurationException(where + "area_code " + code + " is not in the area register");
			}
			aliases.put(record.get("alias"), code);
		});
		return aliases;
	}

	private static Map<String, String> metricNames(ScoringModel model) {
		Map<String, String> names = new HashMap<>();
		for (Metric metric : model.metrics()) {
			names.put(MeasureNames.normalise(metric.id()), metric.id());
			names.put(MeasureNames.normalise(metric.name()), metric.id());
		}
		model.circumstances().inputIds().forEach(id -> names.put(MeasureNames.normalise(id), id));
		return names;
	}

	/** Reads a mapping CSV if it exists (every mapping file is optional). */
	static void read(Path file, List<String> columns, BiConsumer<CSVRecord, String> line) {
		if (!Files.isRegularFile(file)) {
			return;
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			for (String column : columns) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new ConfigurationException(file + ": missing column '" + column + "' in the header");
				}
			}
			for (CSVRecord record : parser) {
				String where = file + " line " + parser.getCurrentLineNumber() + ": ";
				for (String column : columns) {
					if (record.get(column).isEmpty()) {
						throw new ConfigurationException(where + column + " is empty");
					}
				}
				line.accept(record, where);
			}
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw new ConfigurationException(file + ": cannot be read: " + ex.getMessage(), ex);
		}
	}


}
