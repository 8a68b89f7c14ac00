package uk.nhs.stp.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

/** Runs a parsed verb in the started application, prints what it did and returns the exit code. */
final class Verbs {

	private static final Logger log = LoggerFactory.getLogger(Verbs.class);

	private final ApplicationContext context;

	private final PrintStream out;

	Verbs(ApplicationContext context, PrintStream out) {
		this.context = context;
		this.out = out;
	}

	/**
	 * @param doing told what the process is doing (e.g. "run 17"), for the run lock's holder line
	 */
	int run(Invocation invocation, Consumer<String> doing) throws Exception {
		return switch (invocation.verb()) {
			case STATUS -> print(this.context.getBean(StatusCommand.class).lines());
			case CHECK -> check(invocation);
			case EXPORT -> print(List.of(this.context.getBean(ExportCommand.class).export()));
			case RECOVER -> print(this.context.getBean(RecoverCommand.class).recover(invocation.switches().abandon()));
			case RESTART -> nightly(runner().restartOnly(doing));
			case SAMPLE -> {
				SampleData.Copied copied = runner().copySample();
				this.out.println("Copied " + copied.files().size() + " sample file(s) into "
						+ copied.inputDir().toAbsolutePath() + ", dated in delivery order: " + String.join(", ", copied.files()));
				yield nightly(runner().run(invocation.switches().rescore(), doing));
			}
			case RUN -> nightly(runner().run(invocation.switches().rescore(), doing));
			case HELP -> print(List.of(Invocation.USAGE));
		};
	}

	private NightlyRunner runner() {
		return this.context.getBean(NightlyRunner.class);
	}

	private int check(Invocation invocation) {
		CheckCommand.Outcome outcome = this.context.getBean(CheckCommand.class).check(invocation.files());
		outcome.lines().forEach(this.out::println);
		return outcome.clean() ? ExitCodes.OK : ExitCodes.FAILED;
	}

	private int nightly(NightlyRunner.Outcome outcome) {
		if (outcome.nothingToDo() != null) {
			this.out.println(outcome.nothingToDo());
			return ExitCodes.OK;
		}
		outcome.summary().lines().forEach(this.out::println);
		log.info("run {} finished: {}", outcome.summary().run().id(), outcome.summary().run().status());
		return outcome.summary().run().exitCode();
	}

	private int print(List<String> lines) {
		lines.forEach(this.out::println);
		return ExitCodes.OK;
	}

}
