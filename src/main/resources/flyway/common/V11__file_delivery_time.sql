-- When each file was delivered (its modification time): revisions are ordered by delivery, so a late
-- return delivered after a bulk file revises it, whatever order the runs read them in (method §0).
-- Files recorded before this version were read in delivery order within their run, and their runs in
-- order: their start time keeps that order.
ALTER TABLE STP_FILE ADD COLUMN DELIVERED_AT TIMESTAMP;
UPDATE STP_FILE SET DELIVERED_AT = STARTED_AT;
