-- The households' standing carries the finance report's and the roll rates' figures too: 预交 and the overdue
-- principal and oldest overdue bill on the last day of the month before, per household; per household and charge item
-- the month's and the year's 应收 / 实收 / late fees / 减免, 年初欠费 and 清欠, and the principal overdue. A group's
-- live finance report and this month's roll rates sum these rows. Every household is refreshed once to fill them.
ALTER TABLE analytics.household_standing ADD COLUMN prepaid numeric(14,2) NOT NULL DEFAULT 0,
    ADD COLUMN before_overdue numeric(14,2) NOT NULL DEFAULT 0, ADD COLUMN before_oldest date;

CREATE TABLE analytics.household_item_standing (
    household_id    varchar(100)  NOT NULL,
    item_code       varchar(40)   NOT NULL,
    project_id      varchar(100)  NOT NULL,
    receivable      numeric(14,2) NOT NULL,
    paid            numeric(14,2) NOT NULL,
    late_fee        numeric(14,2) NOT NULL,
    waived          numeric(14,2) NOT NULL,
    year_receivable numeric(14,2) NOT NULL,
    year_paid       numeric(14,2) NOT NULL,
    opening         numeric(14,2) NOT NULL,
    cleared         numeric(14,2) NOT NULL,
    overdue         numeric(14,2) NOT NULL,
    PRIMARY KEY (household_id, item_code)
);
CREATE INDEX household_item_standing_by_project ON analytics.household_item_standing (project_id);

INSERT INTO journal.household_change (household_id) SELECT household_id FROM billing.household;
