package uk.nhs.stp.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.nhs.stp.ingest.read.FileCheck;
import uk.nhs.stp.ingest.IngestNote;

/**
 * The {@code check FILE…} verb: shows an analyst how each file would be read (sheets, layouts,
 * header rows, columns, observations, every rejected row and why) without touching the store.
 */
@Component
public class CheckCommand {

	/** Rejected rows listed in full before the rest are counted. */
	private static final int SHOWN = 200;

	private final FileCheck fileCheck;

	public CheckCommand(FileCheck fileCheck) {
		this.fileCheck = fileCheck;
	}

	/** The report, and whether every file would load completely. */
	public record Outcome(List<String> lines, boolean clean) {
	}

	public Outcome check(List<Path> files) {
		List<String> lines = new ArrayList<>();
		LinesToAdd toAdd = new LinesToAdd();
		boolean clean = true;
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				lines.add(file + ": no such file");
				clean = false;
				continue;
			}
			FileCheck.Result result = this.fileCheck.check(file);
			lines.addAll(describe(file, result));
			toAdd.read(result.rejection());
			result.notes().forEach(note -> toAdd.read(note.reason()));
			clean &= result.clean();
		}
		lines.addAll(toAdd.lines());
		return new Outcome(lines, clean);
	}

	private static List<String> describe(Path file, FileCheck.Result result) {
		List<String> lines = new ArrayList<>();
		lines.add(file.toString());
		result.sheets().forEach(sheet -> lines.add("  " + sheet));
		if (result.rejection() != null) {
			lines.add("  REJECTED (" + result.rejectionClass() + "): " + result.rejection());
			return lines;
		}
		lines.add(String.format("  would load %,d observations; %,d missing values; %,d aggregate rows; %,d notes and "
				+ "skipped sheets; %,d rejected", result.observations(), result.count(IngestNote.MISSING),
				result.count("aggregate"), result.count(IngestNote.SKIPPED), result.count(IngestNote.REJECTED)));
		List<IngestNote> rejected = result.notes().stream().filter(n -> n.status().equals(IngestNote.REJECTED)).toList();
		rejected.stream().limit(SHOWN).forEach(n -> lines.add("    rejected (" + n.reasonClass() + "): " + n.reason()));
		if (rejected.size() > SHOWN) {
			lines.add(String.format("    … and %,d more rejected rows", rejected.size() - SHOWN));
		}
		result.notes()
			.stream()
			.filter(n -> !n.status().equals(IngestNote.REJECTED) && !n.status().equals(IngestNote.MISSING)
					&& !n.status().equals("aggregate"))
			.forEach(n -> lines.add("    " + n.status() + " (" + n.reasonClass() + "): " + n.reason()));
		return lines;
	}

}
