package uk.nhs.stp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layering, held by ArchUnit on the compiled main classes: cli → job →
 * ingest / score / report → store / model / result / settings → stats / domain, with no cycle
 * between any two packages (ingest's sub-packages included), the three pipeline stages
 * independent of one another, the statistics using nothing of the project but the domain, and
 * database migrations using no application code at all.
 */
class ArchitectureTests {

	private static JavaClasses classes;

	@BeforeAll
	static void importMainClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("uk.nhs.stp", "flyway");
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching("uk.nhs.stp.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void ingestSubPackagesHaveNoCycles() {
		slices().matching("uk.nhs.stp.ingest.(*)").should().beFreeOfCycles().check(classes);
	}

	@Test
	void layersOnlyDependDownwards() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("Application").definedBy("uk.nhs.stp")
			.layer("Command line").definedBy("uk.nhs.stp.cli..")
			.layer("Job").definedBy("uk.nhs.stp.job..")
			.layer("Stages").definedBy("uk.nhs.stp.ingest..", "uk.nhs.stp.score..", "uk.nhs.stp.report..")
			.layer("Store and settings")
			.definedBy("uk.nhs.stp.store..", "uk.nhs.stp.model..", "uk.nhs.stp.result..", "uk.nhs.stp.settings..")
			.layer("Statistics and domain").definedBy("uk.nhs.stp.stats..", "uk.nhs.stp.domain..")
			.whereLayer("Application").mayNotBeAccessedByAnyLayer()
			.whereLayer("Command line").mayOnlyBeAccessedByLayers("Application")
			.whereLayer("Job").mayOnlyBeAccessedByLayers("Command line")
			.whereLayer("Stages").mayOnlyBeAccessedByLayers("Command line", "Job")
			.whereLayer("Store and settings").mayOnlyBeAccessedByLayers("Application", "Command line", "Job", "Stages")
			.check(classes);
	}

	@Test
	void pipelineStagesAreIndependent() {
		for (String stage : new String[] { "ingest", "score", "report" }) {
			String others = switch (stage) {
				case "ingest" -> "uk.nhs.stp.(score|report)..";
				case "score" -> "uk.nhs.stp.(ingest|report)..";
				default -> "uk.nhs.stp.(ingest|score)..";
			};
			noClasses().that().resideInAPackage("uk.nhs.stp." + stage + "..")
				.should().dependOnClassesThat().resideInAPackage(others)
				.check(classes);
		}
	}

	@Test
	void statisticsUseNothingOfTheProjectButTheDomain() {
		classes().that().resideInAPackage("uk.nhs.stp.stats..")
			.should().onlyDependOnClassesThat().resideInAnyPackage("uk.nhs.stp.stats..", "uk.nhs.stp.domain..", "java..",
					"org.apache.commons.math3..")
			.check(classes);
	}

	@Test
	void domainUsesOnlyTheJdk() {
		classes().that().resideInAPackage("uk.nhs.stp.domain..")
			.should().onlyDependOnClassesThat().resideInAnyPackage("uk.nhs.stp.domain..", "java..")
			.check(classes);
	}

	@Test
	void migrationsUseNoApplicationCode() {
		noClasses().that().resideInAPackage("flyway..")
			.should().dependOnClassesThat().resideInAPackage("uk.nhs.stp..")
			.check(classes);
	}

}
