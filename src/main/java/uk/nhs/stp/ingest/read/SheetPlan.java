package uk.nhs.stp.ingest.read;

import uk.nhs.stp.ingest.geography.MappingSheets;
import uk.nhs.stp.ingest.layout.Geography;
import uk.nhs.stp.ingest.layout.SheetLayout;

/**
 * What reading a file will do with one of its sheets, decided before any of its rows is handed
 * out: read it (with its layout and geography), use it as the workbook's mapping of units to
 * systems, or set it aside with one reason.
 *
 * @param index the sheet's index in the workbook
 * @param name the sheet's name ("" for CSV)
 * @param use what is done with it
 * @param layout for a sheet that is read, its layout (with its geography), else null
 * @param mapping for a mapping sheet, its columns, else null
 * @param reasonClass for a sheet set aside, its reason code
 * @param reason for a sheet set aside, why
 * @param checkOnly for a sheet of units whose systems' own figures the workbook also publishes:
 * its roll-up is compared with them, never loaded as a second value
 */
record SheetPlan(int index, String name, Use use, SheetLayout layout, MappingSheets.Columns mapping,
		String reasonClass, String reason, boolean checkOnly) {

	/** What is done with a sheet. */
	enum Use {

		READ, MAPPING, SET_ASIDE, EMPTY

	}

	static SheetPlan read(int index, String name, SheetLayout layout) {
		return new SheetPlan(index, name, Use.READ, layout, null, null, null, false);
	}

	static SheetPlan mapping(int index, String name, MappingSheets.Columns columns) {
		return new SheetPlan(index, name, Use.MAPPING, null, columns, null, null, false);
	}

	static SheetPlan setAside(int index, String name, String reasonClass, String reason) {
		return new SheetPlan(index, name, Use.SET_ASIDE, null, null, reasonClass, reason, false);
	}

	static SheetPlan empty(int index, String name) {
		return new SheetPlan(index, name, Use.EMPTY, null, null, null, null, false);
	}

	SheetPlan checkingOnly() {
		return new SheetPlan(this.index, this.name, this.use, this.layout, this.mapping, this.reasonClass, this.reason, true);
	}

	boolean isUnits() {
		return this.use == Use.READ && this.layout.geography().level() == Geography.Level.UNIT;
	}

	boolean isSystems() {
		return this.use == Use.READ && this.layout.geography().level() == Geography.Level.SYSTEM;
	}

}
