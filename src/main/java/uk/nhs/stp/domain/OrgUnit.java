package uk.nhs.stp.domain;

/**
 * An organisation or area below a system that publications report on: a CCG or sub-ICB
 * location, an NHS trust or other provider, a GP practice. Its figures reach systems only through
 * {@link Attribution}s (method §0), never by being taken for a system.
 *
 * @param code its ODS code, e.g. {@code 02N} or {@code RTD}
 * @param onsCode its ONS code (E38… for CCGs and sub-ICB locations), or empty
 * @param name its name as published
 * @param kind what sort of organisation it is
 */
public record OrgUnit(String code, String onsCode, String name, Kind kind) {

	/** The kinds of unit a publication may report at. */
	public enum Kind {

		CCG("CCG"), SUB_ICB("sub-ICB location"), TRUST("trust"), PROVIDER("provider"), PRACTICE("GP practice");

		private final String words;

		Kind(String words) {
			this.words = words;
		}

		/** "CCG", "sub-ICB location", "trust"… */
		public String words() {
			return this.words;
		}

		/** The kind a mapping file names: ccg, sub_icb, trust, provider or practice. */
		public static java.util.Optional<Kind> fromCode(String code) {
			for (Kind kind : values()) {
				if (kind.name().equalsIgnoreCase(code)) {
					return java.util.Optional.of(kind);
				}
			}
			return java.util.Optional.empty();
		}

	}

}
