package uk.nhs.stp.report;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Every cell style of a report, created once per workbook and reused (a workbook holds at most
 * 64,000 styles, and one per cell would also bloat the file). Tier colours are shared with the
 * charts so a tier looks the same everywhere.
 */
public final class ReportStyles {

	/** Tier fill colours (RGB): 1 light touch green, 2 universal blue, 3 targeted amber, 4 intensive red. */
	public static final Map<Integer, byte[]> TIER_COLOURS = Map.of(1, rgb(0x00, 0x96, 0x39), 2, rgb(0x41, 0xB6, 0xE6),
			3, rgb(0xFF, 0xB8, 0x1C), 4, rgb(0xDA, 0x29, 0x1C), 0, rgb(0xAE, 0xB7, 0xBD));

	private final Workbook workbook;

	final CellStyle title;

	final CellStyle subtitle;

	final CellStyle header;

	final CellStyle text;

	final CellStyle wrap;

	final CellStyle bold;

	final CellStyle decimal2;

	final CellStyle decimal1;

	final CellStyle percent0;

	final CellStyle percent1;

	final CellStyle integer;

	final CellStyle scientific;

	final CellStyle signed2;

	/** The synthetic-data notice: bold dark red on pale red. */
	final CellStyle banner;

	/** A change of a percentage, in percentage points: "+1.2 pts". */
	final CellStyle points;

	final CellStyle signed1;

	/** SPC readings in Making Data Count colours: concern orange, improvement blue, common cause grey. */
	final CellStyle spcConcern;

	final CellStyle spcImprovement;

	final CellStyle spcCommon;

	private final Map<Integer, CellStyle> tierStyles = new HashMap<>();

	private final Map<uk.nhs.stp.domain.Unit, CellStyle> unitStyles = new java.util.EnumMap<>(uk.nhs.stp.domain.Unit.class);

	ReportStyles(Workbook workbook) {
		this.workbook = workbook;
		this.title = fontStyle(16, true, false);
		this.subtitle = fontStyle(11, false, true);
		this.subtitle.setWrapText(true);
		this.header = header();
		this.text = base();
		this.wrap = base();
		this.wrap.setWrapText(true);
		this.bold = fontStyle(11, true, false);
		this.decimal2 = numeric("0.00");
		this.decimal1 = numeric("#,##0.0");
		this.percent0 = numeric("0%");
		this.percent1 = numeric("0.0%");
		this.integer = numeric("#,##0");
		this.scientific = numeric("0.00E+00");
		this.signed2 = numeric("+0.00;\u22120.00;0.00");
		this.banner = filled(rgb(0xFD, 0xE2, 0xE1), rgb(0x8A, 0x15, 0x38), true);
		this.points = numeric("+0.0\" pts\";\u22120.0\" pts\";0.0\" pts\"");
		this.signed1 = numeric("+#,##0.0;\u2212#,##0.0;0.0");
		this.spcConcern = filled(rgb(0xFA, 0xB4, 0x28), rgb(0x00, 0x00, 0x00), false);
		this.spcImprovement = filled(rgb(0x28, 0x9D, 0xE0), rgb(0xFF, 0xFF, 0xFF), false);
		this.spcCommon = filled(rgb(0xE8, 0xED, 0xEE), rgb(0x23, 0x1F, 0x20), false);
		this.unitStyles.put(uk.nhs.stp.domain.Unit.PERCENT, numeric("0.0\"%\""));
		this.unitStyles.put(uk.nhs.stp.domain.Unit.RATE_PER_1000, numeric("#,##0.0"));
		this.unitStyles.put(uk.nhs.stp.domain.Unit.RATE_PER_100000, numeric("#,##0.0"));
		this.unitStyles.put(uk.nhs.stp.domain.Unit.COUNT, numeric("#,##0"));
		this.unitStyles.put(uk.nhs.stp.domain.Unit.DAYS, numeric("#,##0.0"));
		this.unitStyles.put(uk.nhs.stp.domain.Unit.RATIO, numeric("0.00"));
		for (var tier : TIER_COLOURS.entrySet()) {
			this.tierStyles.put(tier.getKey(), tierStyle(tier.getValue(), tier.getKey() == 4));
		}
	}

	/** The number format of a metric's unit: "85.2%", "1,234.5", "12,345". */
	CellStyle unit(uk.nhs.stp.domain.Unit unit) {
		return this.unitStyles.get(unit);
	}

	/** The fill for a tier (0 for not scored). */
	CellStyle tier(Integer tier) {
		return this.tierStyles.get(tier == null ? 0 : tier);
	}

	private CellStyle base() {
		CellStyle style = this.workbook.createCellStyle();
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

	private CellStyle numeric(String format) {
		CellStyle style = base();
		style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		return style;
	}

	private CellStyle fontStyle(int points, boolean bold, boolean italic) {
		CellStyle style = base();
		Font font = this.workbook.createFont();
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		font.setItalic(italic);
		style.setFont(font);
		return style;
	}

	private CellStyle header() {
		XSSFCellStyle style = (XSSFCellStyle) fontStyle(11, true, false);
		style.setFillForegroundColor(new XSSFColor(rgb(0x00, 0x5E, 0xB8), null));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.getFont().setColor(new XSSFColor(rgb(0xFF, 0xFF, 0xFF), null));
		style.setWrapText(true);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setBorderBottom(BorderStyle.THIN);
		return style;
	}

	/** A change per year in a metric's unit: percentages in points, others signed in their unit. */
	CellStyle change(uk.nhs.stp.domain.Unit unit) {
		return unit == uk.nhs.stp.domain.Unit.PERCENT ? this.points : this.signed1;
	}

	private CellStyle filled(byte[] fill, byte[] text, boolean bold) {
		XSSFCellStyle style = (XSSFCellStyle) base();
		style.setFillForegroundColor(new XSSFColor(fill, null));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setWrapText(true);
		org.apache.poi.xssf.usermodel.XSSFFont font = (org.apache.poi.xssf.usermodel.XSSFFont) this.workbook.createFont();
		font.setColor(new XSSFColor(text, null));
		font.setBold(bold);
		style.setFont(font);
		return style;
	}

	private CellStyle tierStyle(byte[] colour, boolean whiteText) {
		XSSFCellStyle style = (XSSFCellStyle) base();
		style.setFillForegroundColor(new XSSFColor(colour, null));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setAlignment(HorizontalAlignment.LEFT);
		if (whiteText) {
			Font font = this.workbook.createFont();
			font.setColor(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
			font.setBold(true);
			style.setFont(font);
		}
		return style;
	}

	static byte[] rgb(int r, int g, int b) {
		return new byte[] { (byte) r, (byte) g, (byte) b };
	}

}
