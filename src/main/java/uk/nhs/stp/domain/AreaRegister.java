package uk.nhs.stp.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The areas the pipeline knows, found by ONS code, NHS England code, name (in its common
 * variants, see {@link AreaNames}) or an alias from {@code jobs/mappings/area-aliases.csv}. A later
 * code of the same footprint resolves to the area its data is reported under. Nothing is guessed:
 * a text that matches no code, name or alias finds nothing.
 */
public final class AreaRegister {

	private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

	private final Map<String, Area> byCode = new LinkedHashMap<>();

	private final Map<String, Area> byKey = new LinkedHashMap<>();

	private final Map<String, Area> byName = new LinkedHashMap<>();

	/**
	 * @param areas every code, in register order
	 * @param aliases extra names (as written in files) for area codes
	 */
	public AreaRegister(List<Area> areas, Map<String, String> aliases) {
		areas.forEach(area -> this.byCode.put(area.code(), area));
		for (Area area : areas) {
			this.byKey.put(codeKey(area.code()), area);
			this.byName.putIfAbsent(AreaNames.key(area.name()), area);
		}
		for (Area area : areas) {
			Area target = reportedUnder(area);
			if (!area.nhseCode().isEmpty()) {
				this.byKey.putIfAbsent(codeKey(area.nhseCode()), target);
			}
		}
		aliases.forEach((alias, code) -> this.byName.put(AreaNames.key(alias), this.byCode.get(code)));
	}

	public AreaRegister(List<Area> areas) {
		this(areas, Map.of());
	}

	/** Finds an area by code, name or alias as written in an input file. */
	public Optional<Area> find(String written) {
		Area area = this.byKey.get(codeKey(written));
		if (area == null) {
			area = this.byName.get(AreaNames.key(written));
		}
		return Optional.ofNullable(area);
	}

	/** The area a code's data is reported under: itself, or the area a later code continues. */
	public Area reportedUnder(Area area) {
		return area.reportedAs() == null ? area : this.byCode.getOrDefault(area.reportedAs(), area);
	}

	/**
	 * Whether a footprint was in use during any part of the period under any of its codes (its
	 * own, or a later code reported under it): an NHS England code or a name names the footprint.
	 */
	public boolean footprintInUse(Area footprint, Period period) {
		return this.byCode.values()
			.stream()
			.anyMatch(a -> reportedUnder(a).code().equals(footprint.code()) && a.inUseDuring(period));
	}

	/** The area with exactly this ONS code. */
	public Optional<Area> byCode(String onsCode) {
		return Optional.ofNullable(this.byCode.get(onsCode));
	}

	/** Every code in register order. */
	public Collection<Area> areas() {
		return this.byCode.values();
	}

	/** The areas that are scored and reported: those in their own right, not later codes of another. */
	public List<Area> reportingAreas() {
		List<Area> areas = new ArrayList<>();
		this.byCode.values().stream().filter(a -> a.reportedAs() == null).forEach(areas::add);
		return areas;
	}

	/**
	 * The later codes of a footprint, in the order they came into use: ONS gives a footprint a new
	 * code when its boundary changes, so each is a boundary change its history is carried across.
	 */
	public List<Area> recodes(Area footprint) {
		return this.byCode.values()
			.stream()
			.filter(a -> a != footprint && a.validFrom() != null && reportedUnder(a).code().equals(footprint.code()))
			.sorted(java.util.Comparator.comparing(Area::validFrom))
			.toList();
	}

	public int size() {
		return this.byCode.size();
	}

	private static String codeKey(String code) {
		String key = code.strip();
		for (int i = 0; i < key.length(); i++) {
			if (Character.isWhitespace(key.charAt(i))) {
				key = WHITESPACE.matcher(key).replaceAll("");
				break;
			}
		}
		return key.toUpperCase(Locale.ROOT);
	}

}
