package uk.nhs.stp.ingest.geography;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.domain.OrgUnit;

/** What a geography cell names: a system, a unit below systems, an aggregate, nothing, or something unknown. */
public sealed interface Resolution {

	/** A system of the area register. */
	record System(Area area) implements Resolution {
	}

	/**
	 * A unit below systems that a mapping attributes.
	 * @param unit the unit
	 * @param byWorkbook whether the workbook's own mapping sheet knows it (else a shipped mapping)
	 */
	record Unit(OrgUnit unit, boolean byWorkbook) implements Resolution {
	}

	/** England, a region or a total. */
	record Aggregate(String text) implements Resolution {
	}

	/** A blank cell or a placeholder such as "-". */
	record Blank() implements Resolution {
	}

	/** Nothing this pipeline knows. */
	record Unknown(String text) implements Resolution {
	}

}
