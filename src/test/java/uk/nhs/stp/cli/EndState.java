package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import uk.nhs.stp.store.ObservationBlock;

/**
 * Everything a run leaves behind that must not depend on whether it was interrupted: where each
 * input file is, the file ledger, every observation, every rejected or missing row, every stored
 * score, and every value of every report file. Read straight from the database files (read-only),
 * or from PostgreSQL, and the folders once no process is using them. Identifiers a crash may legitimately change
 * (sequence-generated file and event ids, times) are replaced by names or left out.
 *
 * @param placement input files by where they are (input/, archive/date/, rejected/)
 * @param tables store tables, row by row, sorted, by table name
 * @param reports report files' contents (CSV text, or workbook cells), by file name
 */
record EndState(List<String> placement, Map<String, List<String>> tables, Map<String, List<String>> reports) {

	/**
	 * Columns that differ between two equivalent runs: generated ids and clock times. A job instance
	 * is shown as which run it was instead (Spring Batch's ids start at 0 on HSQLDB, 1 on PostgreSQL).
	 */
	private static final Set<String> VOLATILE = Set.of("FILE_ID", "EVENT_ID", "SCORED_AT", "STARTED_AT", "FINISHED_AT",
			"DELIVERED_AT", "JOB_INSTANCE_ID");

	private static final List<String> TABLES = List.of("STP_FILE", "STP_INGEST_EVENT", "STP_SCORE_RUN", "STP_MODEL_TERM",
			"STP_AREA_SCORE", "STP_METRIC_SCORE", "STP_METRIC_SUMMARY", "STP_PEER", "STP_METRIC_PAIR", "STP_SPC_POINT",
			"STP_TIER_SENSITIVITY");

	/** The end state of an installation on its HSQLDB file database. */
	static EndState of(Installation stp) throws Exception {
		try (Connection db = DriverManager.getConnection(
				"jdbc:hsqldb:file:" + stp.db().resolve("stp") + ";readonly=true;hsqldb.lock_file=false;shutdown=true", "SA", "")) {
			return of(stp, db);
		}
	}

	/** The end state of an installation on the database {@code db} (HSQLDB or PostgreSQL). */
	static EndState of(Installation stp, Connection db) throws Exception {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		tables.put("observations", observations(db));
		for (String table : TABLES) {
			tables.put(table, rows(db, table));
		}
		return new EndState(placement(stp.input()), tables, reports(stp.output()));
	}

	/** Asserts equality part by part, so a difference is shown where it is. */
	void assertSameAs(EndState expected) {
		assertThat(this.placement).as("where the input files are").isEqualTo(expected.placement);
		assertThat(this.tables.keySet()).isEqualTo(expected.tables.keySet());
		this.tables.forEach((table, rows) -> assertSameLines(table, rows, expected.tables.get(table)));
		assertThat(this.reports.keySet()).as("report files").isEqualTo(expected.reports.keySet());
		this.reports.forEach((file, content) -> assertSameLines(file, content, expected.reports.get(file)));
	}

	/** Equal lists, or a failure that shows the first line where they part. */
	static void assertSameLines(String what, List<String> actual, List<String> expected) {
		int common = Math.min(actual.size(), expected.size());
		for (int i = 0; i < common; i++) {
			if (!actual.get(i).equals(expected.get(i))) {
				throw new AssertionError(what + ": line " + (i + 1) + " differs\n  expected: " + expected.get(i)
						+ "\n  actual:   " + actual.get(i));
			}
		}
		assertThat(actual.size()).as(what + ": lines (first extra: %s)",
				actual.size() > common ? actual.get(common) : expected.size() > common ? expected.get(common) : "")
			.isEqualTo(expected.size());
	}

	/** Every input file's place, relative to the input folder (reason files left out). */
	static List<String> placement(Path input) throws IOException {
		try (Stream<Path> files = Files.walk(input)) {
			return files.filter(Files::isRegularFile)
				.map(p -> input.relativize(p).toString())
				.filter(name -> !name.endsWith(".reason.txt"))
				.sorted()
				.toList();
		}
	}

	private static List<String> observations(Connection db) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery("""
						SELECT F.FILE_NAME, B.SHEET, B.MEASURE_ID, B.AREA_CODE, B.PAYLOAD
						FROM STP_OBSERVATION_BLOCK B JOIN STP_FILE F ON F.FILE_ID = B.FILE_ID""")) {
			while (rs.next()) {
				String key = rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4);
				for (ObservationBlock.Entry e : ObservationBlock.entries(rs.getBytes(5))) {
					rows.add(key + "|" + e);
				}
			}
		}
		return rows.stream().sorted().toList();
	}

	/**
	 * A table's rows as text, sorted; a FILE_ID is shown as its file's name, a JOB_INSTANCE_ID as
	 * which run it was (1 for the first). Columns by their
	 * upper-case names and values as Java shows them (PostgreSQL names columns in lower case and
	 * writes its own text for booleans and doubles), so both stores' rows compare.
	 */
	private static List<String> rows(Connection db, String table) throws SQLException {
		List<String> rows = new ArrayList<>();
		String fileName = hasColumn(db, table, "FILE_ID") && !table.equals("STP_FILE")
				? ", (SELECT FILE_NAME FROM STP_FILE F WHERE F.FILE_ID = T.FILE_ID) AS FILE_NAME_OF_ID" : "";
		String run = hasColumn(db, table, "JOB_INSTANCE_ID")
				? ", (SELECT COUNT(*) FROM BATCH_JOB_INSTANCE I WHERE I.JOB_INSTANCE_ID <= T.JOB_INSTANCE_ID) AS RUN_OF_INSTANCE" : "";
		try (Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery("SELECT T.*" + fileName + run + " FROM " + table + " T")) {
			ResultSetMetaData meta = rs.getMetaData();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int c = 1; c <= meta.getColumnCount(); c++) {
					String column = meta.getColumnName(c).toUpperCase(java.util.Locale.ROOT);
					if (!VOLATILE.contains(column)) {
						row.append(column).append('=').append(rs.getObject(c)).append(' ');
					}
				}
				rows.add(row.toString());
			}
		}
		return rows.stream().sorted().toList();
	}

	private static boolean hasColumn(Connection db, String table, String column) throws SQLException {
		try (Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
			for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
				if (rs.getMetaData().getColumnName(c).equalsIgnoreCase(column)) {
					return true;
				}
			}
			return false;
		}
	}

	/** Each visible report file: a CSV's lines, or a workbook's cells as Excel shows them. */
	static Map<String, List<String>> reports(Path output) throws IOException {
		Map<String, List<String>> reports = new TreeMap<>();
		try (Stream<Path> files = Files.list(output)) {
			for (Path file : files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
				String name = file.getFileName().toString();
				reports.put(name, name.endsWith(".xlsx") ? cells(file) : Files.readAllLines(file, StandardCharsets.UTF_8));
			}
		}
		return reports;
	}

	static List<String> cells(Path workbook) throws IOException {
		List<String> cells = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + formatter.formatCellValue(cell));
					}
				}
			}
		}
		return cells;
	}

}
