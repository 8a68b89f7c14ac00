-- V8 for HSQLDB in PostgreSQL's types. Each area's XmR chart of each core metric, point by point
-- (method §3), so the report draws the chart the run's SPC reading came from: the value, the centre
-- line and process limits in force at that point (they step at a rebase) and the rule that labelled
-- it (an SpcRule name).
CREATE TABLE STP_SPC_POINT (
	JOB_INSTANCE_ID BIGINT NOT NULL,
	AREA_CODE VARCHAR(9) COLLATE "C" NOT NULL,
	METRIC_ID VARCHAR(50) COLLATE "C" NOT NULL,
	PERIOD_TYPE CHAR(1) COLLATE "C" NOT NULL,
	PERIOD_START DATE NOT NULL,
	POINT_VALUE DOUBLE PRECISION NOT NULL,
	CENTRE DOUBLE PRECISION,
	LOWER_LIMIT DOUBLE PRECISION,
	UPPER_LIMIT DOUBLE PRECISION,
	RULE VARCHAR(30) COLLATE "C" NOT NULL,
	PRIMARY KEY (JOB_INSTANCE_ID, AREA_CODE, METRIC_ID, PERIOD_START, PERIOD_TYPE)
);

-- The single choices of the sensitivity grid (method §10) under which an area's tier changes,
-- with the tier each gives (0: none).
CREATE TABLE STP_TIER_SENSITIVITY (
	JOB_INSTANCE_ID BIGINT NOT NULL,
	AREA_CODE VARCHAR(9) COLLATE "C" NOT NULL,
	CHOICE VARCHAR(300) COLLATE "C" NOT NULL,
	TIER INT NOT NULL,
	PRIMARY KEY (JOB_INSTANCE_ID, AREA_CODE, CHOICE)
);
