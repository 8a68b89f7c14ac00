package uk.nhs.stp.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers, from the reasons a file check gives, the lines that would teach the pipeline what it
 * did not know (an alias, an area name, a metric's preferred column), grouped by the file they go
 * in and ready to paste. The reasons are where the reader writes them; this only collects them
 * for the analyst, it decides nothing.
 */
final class LinesToAdd {

	private static final Pattern LINE = Pattern.compile("add this line to (jobs/[\\w./-]+): `([^`]+)`");

	private static final Pattern SOURCE = Pattern.compile("add to metric (\\w+) in ([\\w./-]+): `(source: \\{[^}]*\\})`");

	private final Map<String, Set<String>> byFile = new LinkedHashMap<>();

	void read(String reason) {
		if (reason == null) {
			return;
		}
		Matcher line = LINE.matcher(reason);
		while (line.find()) {
			add(line.group(1), line.group(2).strip());
		}
		Matcher source = SOURCE.matcher(reason);
		while (source.find()) {
			add(source.group(2), "under metric " + source.group(1) + ":  " + source.group(3));
		}
	}

	private void add(String file, String line) {
		this.byFile.computeIfAbsent(file, f -> new LinkedHashSet<>()).add(line);
	}

	/** The section the check prints, or nothing when there is nothing to teach. */
	List<String> lines() {
		List<String> lines = new ArrayList<>();
		if (this.byFile.isEmpty()) {
			return lines;
		}
		lines.add("Lines to add (each only if what it says is right; see the reasons above):");
		this.byFile.forEach((file, added) -> {
			lines.add("  " + file + ":");
			added.forEach(line -> lines.add("    " + line));
		});
		return lines;
	}

}
