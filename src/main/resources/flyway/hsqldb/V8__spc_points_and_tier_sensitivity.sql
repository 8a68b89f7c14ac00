-- Each area's XmR chart of each core metric, point by point (method §3), so the report draws the
-- chart the run's SPC reading came from: the value, the centre line and process limits in force
-- at that point (they step at a rebase) and the rule that labelled it (an SpcRule name).
CREATE CACHED TABLE STP_SPC_POINT (
	JOB_INSTANCE_ID BIGINT NOT NULL,
	AREA_CODE VARCHAR(9) NOT NULL,
	METRIC_ID VARCHAR(50) NOT NULL,
	PERIOD_TYPE CHAR(1) NOT NULL,
	PERIOD_START DATE NOT NULL,
	POINT_VALUE DOUBLE NOT NULL,
	CENTRE DOUBLE,
	LOWER_LIMIT DOUBLE,
	UPPER_LIMIT DOUBLE,
	RULE VARCHAR(30) NOT NULL,
	PRIMARY KEY (JOB_INSTANCE_ID, AREA_CODE, METRIC_ID, PERIOD_START, PERIOD_TYPE)
);

-- The single choices of the sensitivity grid (method §10) under which an area's tier changes,
-- with the tier each gives (0: none).
CREATE CACHED TABLE STP_TIER_SENSITIVITY (
	JOB_INSTANCE_ID BIGINT NOT NULL,
	AREA_CODE VARCHAR(9) NOT NULL,
	CHOICE VARCHAR(300) NOT NULL,
	TIER INT NOT NULL,
	PRIMARY KEY (JOB_INSTANCE_ID, AREA_CODE, CHOICE)
);
