package uk.nhs.stp.settings;

/**
 * Text from the input folder (file names, sheet names) made safe to print on one line: control
 * characters such as newlines and escape sequences are shown as {@code \n}, {@code \x1b}…, so a
 * file name cannot forge log or console lines or drive the terminal.
 */
public final class Printable {

	private Printable() {
	}

	public static String of(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
						out.append(String.format("\\x%02x", c));
					}
					else {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

}
