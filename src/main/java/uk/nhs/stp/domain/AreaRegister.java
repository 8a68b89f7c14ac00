package uk.nhs.stp.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The areas the pipeline knows, looked up by ONS code or NHS England code (case and spacing
 * ignored). An area not in the register is never guessed: its rows are rejected.
 */
public final class AreaRegister {

	private final Map<String, Area> byCode = new LinkedHashMap<>();

	private final Map<String, Area> byKey = new LinkedHashMap<>();

	public AreaRegister(List<Area> areas) {
		for (Area area : areas) {
			this.byCode.put(area.code(), area);
			this.byKey.put(key(area.code()), area);
			if (!area.nhseCode().isEmpty()) {
				this.byKey.put(key(area.nhseCode()), area);
			}
		}
	}

	/** Finds an area by ONS or NHS England code as written in an input file. */
	public Optional<Area> find(String codeAsWritten) {
		return Optional.ofNullable(this.byKey.get(key(codeAsWritten)));
	}

	/** The area with exactly this ONS code. */
	public Optional<Area> byCode(String onsCode) {
		return Optional.ofNullable(this.byCode.get(onsCode));
	}

	/** Every area in register order. */
	public Collection<Area> areas() {
		return this.byCode.values();
	}

	public int size() {
		return this.byCode.size();
	}

	private static String key(String code) {
		return code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

}
