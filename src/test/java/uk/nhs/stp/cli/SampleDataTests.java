package uk.nhs.stp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's copies load at once: each is dated past the settle time, one second apart, in the
 * delivery order of {@code jobs/sample/delivery-order.txt} (bulk files first, the late return last).
 */
class SampleDataTests {

	@TempDir
	Path folder;

	@Test
	void copiesAreDatedPastTheSettleTimeOneSecondApartInDeliveryOrder() throws Exception {
		Instant before = Instant.now();
		SampleData.Copied copied = SampleData.copy(Path.of("jobs/sample"), this.folder.resolve("in"),
				this.folder.resolve("out"), 60);
		assertThat(copied.files()).containsExactly("acute-performance-2016-19.xlsx", "other-metrics-2016-19.csv",
				"circumstances-2016-17.csv", "late-returns-2019-03.csv");
		List<Instant> times = copied.files()
			.stream()
			.map(name -> modified(this.folder.resolve("in").resolve(name)))
			.toList();
		for (int i = 1; i < times.size(); i++) {
			assertThat(times.get(i).toEpochMilli() - times.get(i - 1).toEpochMilli()).isEqualTo(1000);
		}
		assertThat(times.get(times.size() - 1)).isBefore(before.minusSeconds(60));
		assertThat(this.folder.resolve("in/delivery-order.txt")).doesNotExist();
		assertThat(this.folder.resolve("in/README.md")).doesNotExist();
		assertThat(this.folder.resolve("out")).isDirectory();
	}

	@Test
	void filesNotInTheManifestComeAfterItByName() throws Exception {
		Path sample = Files.createDirectories(this.folder.resolve("sample"));
		for (String name : List.of("z.csv", "b.csv", "a.csv")) {
			Files.writeString(sample.resolve(name), name);
		}
		Files.writeString(sample.resolve(SampleData.ORDER), "# comment\nz.csv\nmissing.csv\n");
		assertThat(SampleData.deliveryOrder(sample)).containsExactly("z.csv", "a.csv", "b.csv");
	}

	private static Instant modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
