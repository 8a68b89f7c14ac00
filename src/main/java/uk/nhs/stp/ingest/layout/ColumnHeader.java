package uk.nhs.stp.ingest.layout;

import java.util.Set;

import uk.nhs.stp.domain.CellRef;
import uk.nhs.stp.ingest.SourceCell;

/**
 * One column's header as a publication writes it: its own cell and the group header spanning it
 * (a merged "Percentage in 4 hours or less" above "(all)", "(type 1)"…), read together, because
 * only the pair says what the column holds.
 *
 * @param column 0-based column index
 * @param group the group header above, or ""
 * @param own the column's own header cell (a blank text cell when it has none)
 */
public record ColumnHeader(int column, String group, SourceCell own) {

	/** The whole header in words: group then own text. */
	public String text() {
		String ownText = this.own.text();
		return (this.group.isEmpty() ? ownText : this.group + " " + ownText).strip();
	}

	/** The header as a person reads it in a message: its own text, or the group's when it has none. */
	public String shown() {
		String shown = this.own.isBlank() ? this.group : this.own.text();
		return shown.replaceAll("\\s+", " ").strip();
	}

	/** "P 'Percentage in 4 hours or less (all)'", for messages. */
	public String describe() {
		return letters() + " '" + shown() + "'";
	}

	public String letters() {
		return CellRef.column(this.column);
	}

	/** The canonical words of the whole header. */
	public Set<String> words() {
		return HeaderWords.set(text());
	}

	public boolean isText() {
		return this.own.number() == null && !text().isBlank();
	}

}
