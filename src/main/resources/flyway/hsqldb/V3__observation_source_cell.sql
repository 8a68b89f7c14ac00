-- The value cell's column, so every observation names the cell it came from (export, revisions).
ALTER TABLE STP_OBSERVATION ADD COLUMN COLUMN_REF VARCHAR(10);
