package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Parsing the command line: caller-relative paths, the new verbs and options, and what is refused. */
class InvocationTests {

	private static final Path CALLER = Path.of("/home/analyst/data");

	@Test
	void pathsTypedOnTheCommandLineAreRelativeToTheCallersFolder() {
		Invocation check = Invocation.parse(CALLER, "check", "myfile.xlsx", "../other/b.csv", "/abs/c.csv");
		assertThat(check.files()).containsExactly(Path.of("/home/analyst/data/myfile.xlsx"),
				Path.of("/home/analyst/other/b.csv"), Path.of("/abs/c.csv"));
		Invocation run = Invocation.parse(CALLER, "run", "--input", "in", "--output=../out", "--db", "/var/stp/db");
		assertThat(run.overrides()).containsEntry("stp.input-dir", "/home/analyst/data/in")
			.containsEntry("stp.output-dir", "/home/analyst/out")
			.containsEntry("stp.db-dir", "/var/stp/db");
	}

	@Test
	void waitTakesAnOptionalNumberOfSeconds() {
		assertThat(Invocation.parse(CALLER, "run").switches().waitFor()).isZero();
		assertThat(Invocation.parse(CALLER, "run", "--wait").switches().waitFor()).isEqualTo(Invocation.FOREVER);
		assertThat(Invocation.parse(CALLER, "run", "--wait=90").switches().waitFor()).isEqualTo(Duration.ofSeconds(90));
		assertThatThrownBy(() -> Invocation.parse(CALLER, "run", "--wait=soon")).isInstanceOf(UsageException.class)
			.hasMessageContaining("--wait=SECONDS needs a whole number of seconds");
	}

	@Test
	void restartAndRecoverAreVerbsAndAbandonGoesOnlyWithRecover() {
		assertThat(Invocation.parse(CALLER, "restart").verb()).isEqualTo(Invocation.Verb.RESTART);
		Invocation recover = Invocation.parse(CALLER, "recover", "--abandon");
		assertThat(recover.verb()).isEqualTo(Invocation.Verb.RECOVER);
		assertThat(recover.switches().abandon()).isTrue();
		assertThatThrownBy(() -> Invocation.parse(CALLER, "run", "--abandon")).isInstanceOf(UsageException.class)
			.hasMessage("--abandon goes with recover");
	}

	@Test
	void theVerbsThatUseTheStoreTakeTheRunLock() {
		assertThat(Invocation.Verb.values()).filteredOn(Invocation.Verb::usesStore)
			.containsExactlyInAnyOrder(Invocation.Verb.RUN, Invocation.Verb.SAMPLE, Invocation.Verb.EXPORT,
					Invocation.Verb.STATUS, Invocation.Verb.RESTART, Invocation.Verb.RECOVER);
	}

	@Test
	void theUsageListsEveryVerbAndExitCode() {
		assertThat(Invocation.USAGE).contains("restart").contains("recover").contains("--wait[=SECONDS]")
			.contains("3 another run is using the database").contains("4 a folder or the disk cannot be used");
	}

}
