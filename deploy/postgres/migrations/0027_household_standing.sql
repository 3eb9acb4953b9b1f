-- The journals' change feed: each journal commit (Billing's profiles, bills, payments, allocations, reversals and
-- waivers; Collection's contacts that record a reason) appends, in the same transaction, the households it wrote
-- facts for. A reader that keeps a summary per household takes rows from it and deletes what it took.
CREATE SCHEMA IF NOT EXISTS journal;
CREATE TABLE journal.household_change (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    household_id varchar(100) NOT NULL
);

-- Analytics: each household's standing as of a day (its last reason, overdue principal and oldest overdue due date,
-- the month's receivable and what settled it), kept up to date from the change feed, so a group's live analyses sum
-- these rows instead of reading every bill. A row holds until stale_from: the day after its next unpaid bill falls
-- due, or the first of the next month.
CREATE TABLE analytics.household_standing (
    household_id    varchar(100)  PRIMARY KEY,
    project_id      varchar(100)  NOT NULL,
    building_id     varchar(100)  NOT NULL,
    customer_type   varchar(20)   NOT NULL,
    is_vacant       boolean       NOT NULL,
    as_of           date          NOT NULL,
    stale_from      date          NOT NULL,
    reason_category varchar(40),
    reason          text,
    overdue         numeric(14,2) NOT NULL,
    oldest          date,
    receivable      numeric(14,2) NOT NULL,
    collected       numeric(14,2) NOT NULL
);
CREATE INDEX household_standing_by_project ON analytics.household_standing (project_id);
CREATE INDEX household_standing_stale ON analytics.household_standing (stale_from);

-- Households recorded before the feed existed get their standing at the first refresh.
INSERT INTO journal.household_change (household_id) SELECT household_id FROM billing.household;
