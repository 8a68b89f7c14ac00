package uk.nhs.stp.cli;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.domain.OrgUnitRegister;
import uk.nhs.stp.ingest.read.FileCheck;
import uk.nhs.stp.ingest.read.FileOpener;
import uk.nhs.stp.ingest.read.Reading;
import uk.nhs.stp.model.IngestMappings;
import uk.nhs.stp.model.ModelConfiguration;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.settings.StpProperties;

/**
 * The application {@code check} starts: the settings, the scoring model, the area register, the
 * mappings and the file reader, and nothing else. A check touches no store, so it has no data
 * source, job repository or migrations, no component scan and no auto-configuration (they were
 * most of its start-up); the same settings files are read and checked as for a run, so a bad
 * setting stops it with the same message. It is deliberately not a {@code @Configuration}, so the
 * run's component scan leaves it out (Spring still reads its imports and beans as the primary source).
 */
@EnableConfigurationProperties(StpProperties.class)
@Import({ ModelConfiguration.class, CheckCommand.class })
public class CheckApplication {

	/** The reader the ingest step uses, with no store behind it: no file's keys are known yet. */
	@Bean
	FileCheck fileCheck(IngestMappings mappings, ScoringModel scoringModel, AreaRegister areaRegister,
			OrgUnitRegister orgUnitRegister, StpProperties properties) {
		FileOpener opener = new FileOpener(new Reading(mappings, scoringModel, areaRegister, orgUnitRegister,
				properties.ingest().maxRowsPerSheet()));
		return new FileCheck(opener, () -> opener.validator((fileId, keys) -> {
		}));
	}

}
