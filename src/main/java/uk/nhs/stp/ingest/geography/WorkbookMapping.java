package uk.nhs.stp.ingest.geography;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.stp.domain.Attribution;
import uk.nhs.stp.domain.OrgUnit;
import uk.nhs.stp.domain.UnitNames;

/**
 * A workbook's own mapping of its units to systems (NHS England's A&amp;E workbooks carry a "System
 * Mapping" sheet beside the provider sheet), read from one of its sheets. It takes precedence over
 * the shipped mappings for that workbook's rows, because it is how the publisher itself attributed
 * them.
 */
public final class WorkbookMapping {

	public static final WorkbookMapping NONE = new WorkbookMapping("", Map.of());

	private final String source;

	private final Map<String, Entry> byKey;

	/**
	 * @param source where it was read, e.g. {@code Sheet "System Mapping"}
	 * @param byKey the units by code key
	 */
	WorkbookMapping(String source, Map<String, Entry> byKey) {
		this.source = source;
		this.byKey = byKey;
	}

	/** A unit and its attributions (shares summing to 1). */
	record Entry(OrgUnit unit, List<Attribution> attributions) {
	}

	public String source() {
		return this.source;
	}

	public boolean isEmpty() {
		return this.byKey.isEmpty();
	}

	public int size() {
		return this.byKey.size();
	}

	Optional<Entry> find(String written) {
		String strip = written.strip();
		Entry entry = this.byKey.get(key(strip));
		return Optional.ofNullable(entry != null ? entry : this.byKey.get("name:" + UnitNames.key(strip)));
	}

	static String key(String code) {
		return code.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
	}

	/** Collects the rows of a mapping sheet. */
	static final class Builder {

		private final String source;

		private final Map<String, List<Attribution>> shares = new LinkedHashMap<>();

		private final Map<String, OrgUnit> units = new LinkedHashMap<>();

		Builder(String source) {
			this.source = source;
		}

		void add(String code, String name, String areaCode, double share) {
			String key = key(code);
			this.units.putIfAbsent(key, new OrgUnit(code.strip(), "", name, OrgUnit.Kind.PROVIDER));
			this.shares.computeIfAbsent(key, k -> new ArrayList<>())
				.add(new Attribution(code.strip(), areaCode, share, null, null, this.source));
		}

		WorkbookMapping build() {
			Map<String, Entry> byKey = new LinkedHashMap<>();
			this.units.forEach((key, unit) -> {
				Entry entry = new Entry(unit, List.copyOf(this.shares.get(key)));
				byKey.put(key, entry);
				if (!unit.name().isBlank()) {
					byKey.putIfAbsent("name:" + UnitNames.key(unit.name()), entry);
				}
			});
			return new WorkbookMapping(this.source, byKey);
		}

	}

}
