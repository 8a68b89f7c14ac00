package uk.nhs.stp.model;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.nhs.stp.settings.StpProperties;
import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.domain.OrgUnitRegister;

/**
 * Reads the operator's scoring model and area register at start, so a mistake in either stops
 * the run before anything is read or scored.
 */
@Configuration(proxyBeanMethods = false)
public class ModelConfiguration {

	@Bean
	ScoringModel scoringModel(StpProperties properties) {
		return ScoringModelLoader.load(properties.scoringModel());
	}

	@Bean
	AreaRegister areaRegister(StpProperties properties) {
		return AreaRegisterLoader.load(properties.areaRegister(),
				properties.mappingsDir().resolve(MappingsLoader.AREA_ALIASES));
	}

	@Bean
	OrgUnitRegister orgUnitRegister(StpProperties properties, AreaRegister areaRegister) {
		return OrgUnitsLoader.load(properties.mappingsDir(), areaRegister);
	}

	@Bean
	IngestMappings ingestMappings(StpProperties properties, ScoringModel scoringModel) {
		return MappingsLoader.load(properties.mappingsDir(), scoringModel);
	}

}
