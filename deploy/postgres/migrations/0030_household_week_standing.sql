-- The households overdue at the end of the week before today's (the Sunday before this week's Monday), for a group's
-- weekly trend (decision 0017): sealed when a week begins as the month rows are (0029), copied from the standing rows
-- still fresh on that Sunday and worked out as of that day for the rest, then worked out again for each household the
-- change feed brings during the week after. Only households with an overdue bill have a row; rows of older weeks go
-- once the next week is sealed.

CREATE TABLE analytics.household_week_standing (
    day          date          NOT NULL,
    household_id varchar(100)  NOT NULL,
    project_id   varchar(100)  NOT NULL,
    building_id  varchar(100)  NOT NULL,
    oldest       date          NOT NULL,
    overdue      numeric(14,2) NOT NULL,
    PRIMARY KEY (day, household_id)
);
CREATE INDEX household_week_standing_by_project ON analytics.household_week_standing (day, project_id);

-- A week's sealing: households are taken in the order of their ids from next_household; complete once sealed_at is set.
CREATE TABLE analytics.standing_week (
    day            date         PRIMARY KEY,
    next_household varchar(100) NOT NULL DEFAULT '',
    sealed_at      timestamptz
);
