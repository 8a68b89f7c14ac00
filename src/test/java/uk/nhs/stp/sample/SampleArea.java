package uk.nhs.stp.sample;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One of the 44 real STPs as {@code shared/reference/stps.csv} records it: the real fields the
 * sample data is built on.
 */
record SampleArea(String code, String name, String region, long population, int ccgCount, String rating,
		Integer waveIcs) {

	static List<SampleArea> read(Path stpsCsv) throws IOException {
		List<SampleArea> areas = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(stpsCsv, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder()
					.setReader(reader)
					.setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())
					.get()) {
			for (CSVRecord r : parser) {
				String wave = r.get("wave_ics");
				areas.add(new SampleArea(r.get("stp_code"), r.get("stp_name"), r.get("nhse_region"),
						Long.parseLong(r.get("population_2017")), Integer.parseInt(r.get("ccg_count")),
						r.get("dashboard_rating_2017"), wave.isEmpty() ? null : Integer.valueOf(wave)));
			}
		}
		return areas;
	}

	/** A level effect from the real July 2017 dashboard rating (0 where the rating is not known). */
	double ratingEffect() {
		return switch (this.rating) {
			case "Outstanding" -> 0.8;
			case "Advanced" -> 0.3;
			case "Making progress" -> -0.2;
			case "Needs most improvement" -> -0.8;
			default -> 0;
		};
	}

	boolean isLondon() {
		return this.region.equals("London");
	}

}
