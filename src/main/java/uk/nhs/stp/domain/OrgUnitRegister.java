package uk.nhs.stp.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units below systems that the mappings know (CCGs, sub-ICB locations, trusts, practices),
 * found by ODS code, ONS code or name, each with its attributions to systems over time. Nothing
 * is guessed: a text that names no known unit finds nothing.
 */
public final class OrgUnitRegister {

	/** No units: every sheet below system level is set aside unless its workbook maps it. */
	public static final OrgUnitRegister EMPTY = new OrgUnitRegister(List.of(), List.of());

	private final Map<String, OrgUnit> byKey = new HashMap<>();

	private final Map<String, List<Attribution>> attributions = new LinkedHashMap<>();

	/**
	 * @param units the units, the first of a code kept
	 * @param attributions their attributions, in any order
	 */
	public OrgUnitRegister(Collection<OrgUnit> units, Collection<Attribution> attributions) {
		for (OrgUnit unit : units) {
			this.byKey.putIfAbsent(codeKey(unit.code()), unit);
			if (!unit.onsCode().isEmpty()) {
				this.byKey.putIfAbsent(codeKey(unit.onsCode()), unit);
			}
			this.byKey.putIfAbsent("name:" + UnitNames.key(unit.name()), unit);
		}
		attributions.forEach(a -> this.attributions.computeIfAbsent(codeKey(a.unitCode()), k -> new ArrayList<>()).add(a));
	}

	/** The unit a cell names by code or name. */
	public Optional<OrgUnit> find(String written) {
		OrgUnit unit = this.byKey.get(codeKey(written));
		return Optional.ofNullable(unit != null ? unit : this.byKey.get("name:" + UnitNames.key(written)));
	}

	/** The unit's attributions that hold during the period (shares summing to 1 when complete). */
	public List<Attribution> attributions(OrgUnit unit, Period period) {
		return this.attributions.getOrDefault(codeKey(unit.code()), List.of())
			.stream()
			.filter(a -> a.holdsDuring(period))
			.toList();
	}

	/** Whether any unit is known. */
	public boolean isEmpty() {
		return this.byKey.isEmpty();
	}

	static String codeKey(String code) {
		return code.strip().replace(" ", "").toUpperCase(Locale.ROOT);
	}

}
