package uk.nhs.stp.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells the encodings analysts' text files arrive in: UTF-8 (with or without a byte-order mark),
 * Windows-1252, and UTF-16 with a byte-order mark (Excel's "Unicode Text", tab-separated). Written
 * by hand because the JDK has no detector and the rule is short: a BOM says which; otherwise the
 * first 64 KB must decode as strict UTF-8, else the file is Windows-1252 (where every byte is a
 * character, so a "£" saved by Excel survives).
 */
public final class TextEncoding {

	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int SAMPLE_BYTES = 64 * 1024;

	private TextEncoding() {
	}

	/**
	 * @param file the text file
	 * @return the detected charset, and whether a UTF-8 BOM must be skipped
	 */
	public static Detected detect(Path file) throws IOException {
		byte[] sample;
		try (InputStream in = Files.newInputStream(file)) {
			sample = in.readNBytes(SAMPLE_BYTES);
		}
		if (sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
				&& (sample[2] & 0xFF) == 0xBF) {
			return new Detected(StandardCharsets.UTF_8, true);
		}
		if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
			return new Detected(StandardCharsets.UTF_16LE, true);
		}
		if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
			return new Detected(StandardCharsets.UTF_16BE, true);
		}
		return new Detected(isUtf8(sample, sample.length == SAMPLE_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1252,
				false);
	}

	private static boolean isUtf8(byte[] sample, boolean truncated) {
		int length = truncated ? lastCompleteCharacter(sample) : sample.length;
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(sample, 0, length));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** Backs off a multi-byte character cut by the end of the sample. */
	private static int lastCompleteCharacter(byte[] sample) {
		int end = sample.length;
		int back = 0;
		while (back < 3 && end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0x80) {
			back++;
		}
		int lead = end - back - 1;
		return (lead >= 0 && (sample[lead] & 0xC0) == 0xC0) ? lead : end;
	}

	/**
	 * @param charset the file's encoding
	 * @param bom whether it starts with a byte-order mark (read as its first character, U+FEFF)
	 */
	public record Detected(Charset charset, boolean bom) {
	}

}
