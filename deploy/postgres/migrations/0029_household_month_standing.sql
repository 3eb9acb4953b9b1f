-- Each household's standing as of a month's last day, kept for the month before today's (decision 0016): copied from
-- the standing rows still fresh at the month's end, worked out as of that day for the rest, and worked out again for
-- each household the change feed brings while that month is the one before today's. A group's figures of that month
-- sum these rows.

CREATE TABLE analytics.household_month_standing (
    period varchar(7) NOT NULL,
    LIKE analytics.household_standing,
    PRIMARY KEY (period, household_id)
);
CREATE INDEX household_month_standing_by_project ON analytics.household_month_standing (period, project_id);

CREATE TABLE analytics.household_item_month_standing (
    period varchar(7) NOT NULL,
    LIKE analytics.household_item_standing,
    PRIMARY KEY (period, household_id, item_code)
);
CREATE INDEX household_item_month_standing_by_project ON analytics.household_item_month_standing (period, project_id);

-- A month's sealing: households are taken in the order of their ids from next_household; complete once sealed_at is set.
CREATE TABLE analytics.standing_month (
    period         varchar(7)   PRIMARY KEY,
    next_household varchar(100) NOT NULL DEFAULT '',
    sealed_at      timestamptz
);
