package uk.nhs.stp.ingest;

/** What the input-folder reader hands to the ingest step: a data row, a rolled-up value, a note, or a file event. */
public sealed interface IngestItem permits RowItem, RolledUp, IngestNote, FileEvent {

}
