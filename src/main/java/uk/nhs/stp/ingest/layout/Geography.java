package uk.nhs.stp.ingest.layout;


/**
 * Where a sheet's rows sit geographically and which column says so, as chosen from what the
 * cells resolve to (never from where the column stands).
 *
 * @param level what the rows are
 * @param keyColumn the column naming each row's system or unit (0-based), or -1
 * @param attributionColumn for rows of units, a column of the same sheet naming each unit's system, or -1
 * @param words how the choice reads in {@code check}, e.g. "systems by code in column B"
 */
public record Geography(Level level, int keyColumn, int attributionColumn, String words) {

	/** What a sheet's rows are. */
	public enum Level {

		/** Systems (STPs, ICSs, ICBs): each row's figures load for its system. */
		SYSTEM,
		/** Units below systems (CCGs, trusts, practices) that a mapping attributes: rolled up. */
		UNIT,
		/** Nothing yet known: the detector has not looked at the cells. */
		UNDECIDED

	}

	public static final Geography UNDECIDED = new Geography(Level.UNDECIDED, -1, -1, "");

}
