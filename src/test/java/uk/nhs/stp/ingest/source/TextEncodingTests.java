package uk.nhs.stp.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEncodingTests {

	@TempDir
	Path folder;

	@Test
	void recognisesUtf8WithAByteOrderMark() throws Exception {
		Path file = this.folder.resolve("bom.csv");
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		Files.write(file, concat(bom, "a,£5\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(TextEncoding.detect(file)).isEqualTo(new TextEncoding.Detected(StandardCharsets.UTF_8, true));
	}

	@Test
	void recognisesUtf8WithoutAByteOrderMark() throws Exception {
		Path file = this.folder.resolve("utf8.csv");
		Files.writeString(file, "a,£5\n", StandardCharsets.UTF_8);
		assertThat(TextEncoding.detect(file).charset()).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void fallsBackToWindows1252SoThatAPoundSignSurvives() throws Exception {
		Path file = this.folder.resolve("excel.csv");
		Files.write(file, "a,£5\n".getBytes(TextEncoding.WINDOWS_1252));
		assertThat(TextEncoding.detect(file).charset()).isEqualTo(TextEncoding.WINDOWS_1252);
		CsvTableSource source = new CsvTableSource(file);
		assertThat(source.rows(0).next().cell(1).text()).isEqualTo("£5");
		source.close();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] joined = new byte[a.length + b.length];
		System.arraycopy(a, 0, joined, 0, a.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}

}
