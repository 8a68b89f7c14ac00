package uk.nhs.stp.bench;

import java.nio.file.Path;

import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.ingest.read.FileCheck;
import uk.nhs.stp.ingest.read.FileOpener;
import uk.nhs.stp.ingest.read.RowValidator;
import uk.nhs.stp.model.AreaRegisterLoader;
import uk.nhs.stp.model.IngestMappings;
import uk.nhs.stp.model.MappingsLoader;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.model.ScoringModelLoader;

/**
 * Reads one file through the ingest code path (as {@code check} does) and prints how many
 * observations it holds: run in a separate JVM with a small heap by {@code StreamingMemoryTests}.
 */
public final class CheckMain {

	private CheckMain() {
	}

	public static void main(String[] args) {
		ScoringModel model = ScoringModelLoader.load(Path.of("jobs/scoring-model.yml"));
		AreaRegister register = AreaRegisterLoader.load(Path.of("jobs/areas.csv"),
				Path.of("jobs/mappings/area-aliases.csv"));
		IngestMappings mappings = MappingsLoader.load(Path.of("jobs/mappings"), model);
		FileCheck check = new FileCheck(new FileOpener(mappings, 5_000_000),
				() -> new RowValidator(register, model, mappings, (fileId, keys) -> {
				}));
		FileCheck.Result result = check.check(Path.of(args[0]));
		System.out.println("observations=" + result.observations() + " rejected=" + result.count("rejected")
				+ " rejection=" + result.rejection());
	}

}
