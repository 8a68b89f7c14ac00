-- The first period of each area's series of a metric, so a run can tell whether an area's
-- history crosses a boundary change (ONS recodes a footprint when its boundary changes).
-- As the HSQLDB migration, with text compared by code point as HSQLDB does (V2).
ALTER TABLE STP_METRIC_SCORE ADD COLUMN FIRST_PERIOD_TYPE CHAR(1) COLLATE "C";
ALTER TABLE STP_METRIC_SCORE ADD COLUMN FIRST_PERIOD_START DATE;
