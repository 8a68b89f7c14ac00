package uk.nhs.stp.ingest.read;

import java.util.Map;
import java.util.Optional;

/**
 * How a file's reading ended, as the thread that read it saw it: the data rows it read and, when
 * no sheet could be read, why (a reason code and the plain-English reason).
 *
 * @param dataRows data rows read
 * @param rejection why nothing could be read, or empty
 */
public record FileOutcome(long dataRows, Optional<Map.Entry<String, String>> rejection) {

	static FileOutcome of(OpenFile file) {
		return new FileOutcome(file.dataRows(), file.fileRejection());
	}

}
