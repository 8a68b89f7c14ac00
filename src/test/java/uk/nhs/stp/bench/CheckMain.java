package uk.nhs.stp.bench;

import java.nio.file.Path;

import uk.nhs.stp.ingest.read.FileCheck;
import uk.nhs.stp.ingest.read.ShippedConfiguration;

/**
 * Reads one file through the ingest code path (as {@code check} does) and prints how many
 * observations it holds: run in a separate JVM with a small heap by {@code StreamingMemoryTests}.
 */
public final class CheckMain {

	private CheckMain() {
	}

	public static void main(String[] args) {
		FileCheck check = ShippedConfiguration.fileCheck(ShippedConfiguration.MAPPINGS);
		FileCheck.Result result = check.check(Path.of(args[0]));
		System.out.println("observations=" + result.observations() + " rejected=" + result.count("rejected")
				+ " rejection=" + result.rejection());
	}

}
