package uk.nhs.stp.ingest;

/** What the ingest step writes: an observation, a note about a row or sheet, or a file event. */
public sealed interface IngestRecord permits ObservationRecord, IngestNote, FileEvent {

}
