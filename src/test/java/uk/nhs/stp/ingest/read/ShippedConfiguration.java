package uk.nhs.stp.ingest.read;

import java.nio.file.Path;

import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.model.AreaRegisterLoader;
import uk.nhs.stp.model.IngestMappings;
import uk.nhs.stp.model.MappingsLoader;
import uk.nhs.stp.model.OrgUnitsLoader;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.model.ScoringModelLoader;

/**
 * The configuration shipped in {@code jobs/} (scoring model, area register, mappings and unit
 * mappings), loaded as the application loads it, for tests that read files as ingest does
 * without starting Spring.
 */
public final class ShippedConfiguration {

	public static final ScoringModel MODEL = ScoringModelLoader.load(Path.of("jobs/scoring-model.yml"));

	public static final AreaRegister REGISTER = AreaRegisterLoader.load(Path.of("jobs/areas.csv"),
			Path.of("jobs/mappings/area-aliases.csv"));

	public static final IngestMappings MAPPINGS = MappingsLoader.load(Path.of("jobs/mappings"), MODEL);

	private ShippedConfiguration() {
	}

	/** Reading as ingest reads, with these mappings (the shipped ones, or a test's own). */
	public static Reading reading(IngestMappings mappings) {
		return new Reading(mappings, MODEL, REGISTER, OrgUnitsLoader.load(Path.of("jobs/mappings"), REGISTER), 5_000_000);
	}

	/** A file check as the {@code check} command makes it. */
	public static FileCheck fileCheck(IngestMappings mappings) {
		FileOpener opener = new FileOpener(reading(mappings));
		return new FileCheck(opener, () -> opener.validator((fileId, keys) -> {
		}));
	}

}
