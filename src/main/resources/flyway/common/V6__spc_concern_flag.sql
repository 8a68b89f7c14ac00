-- Whether the latest SPC point is a special cause concern, stored as a flag so that nothing reads
-- behaviour back from display text. Rows stored before this version get it from their label.
ALTER TABLE STP_METRIC_SCORE ADD COLUMN SPC_CONCERN BOOLEAN;
UPDATE STP_METRIC_SCORE SET SPC_CONCERN = (SPC_VARIATION = 'special cause concern') WHERE SPC_VARIATION IS NOT NULL;
