package uk.nhs.stp.ingest;

/** What the input-folder reader hands to the ingest step: a data row, a note, or a file event. */
public sealed interface IngestItem permits RowItem, IngestNote, FileEvent {

}
