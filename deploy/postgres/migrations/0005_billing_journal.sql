-- The Billing module's own tables: append-only facts copied from the household grains (a per-grain outbox makes every
-- fact arrive exactly once, inserted idempotently), so finance reports and exports are plain SQL. The grain state is
-- the system of record; these tables agree with it to the cent (reconciliation checks it).
CREATE SCHEMA billing;

CREATE TABLE billing.household (
    household_id  varchar(100) PRIMARY KEY,
    project_id    varchar(100) NOT NULL,
    building_id   varchar(100) NOT NULL,
    room          varchar(200) NOT NULL,
    area          numeric(12,2) NOT NULL,
    owner_name    varchar(200) NOT NULL,
    customer_type varchar(20)  NOT NULL,
    phones        text[]       NOT NULL,
    is_vacant     boolean      NOT NULL,
    move_in_date  date,
    updated_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX household_by_project ON billing.household (project_id, household_id);
CREATE INDEX household_by_building ON billing.household (building_id);

CREATE TABLE billing.bill (
    household_id varchar(100)  NOT NULL,
    bill_id      varchar(60)   NOT NULL,
    project_id   varchar(100)  NOT NULL,
    item_code    varchar(40)   NOT NULL,
    period       char(7)       NOT NULL,
    due_date     date          NOT NULL,
    principal    numeric(14,2) NOT NULL CHECK (principal >= 0),
    issued_on    date          NOT NULL,
    PRIMARY KEY (household_id, bill_id)
);
CREATE INDEX bill_by_project_period ON billing.bill (project_id, period);

CREATE TABLE billing.payment (
    household_id varchar(100)  NOT NULL,
    payment_id   varchar(100)  NOT NULL,
    project_id   varchar(100)  NOT NULL,
    amount       numeric(14,2) NOT NULL CHECK (amount > 0),
    channel      varchar(20)   NOT NULL,
    paid_at      timestamptz   NOT NULL,
    recorded_at  timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (household_id, payment_id)
);
CREATE INDEX payment_by_project_paid ON billing.payment (project_id, paid_at);
CREATE INDEX payment_by_id ON billing.payment (payment_id);

-- What each payment settled; seq is the allocation's place in the payment's list (allocations are only appended).
CREATE TABLE billing.allocation (
    household_id varchar(100)  NOT NULL,
    payment_id   varchar(100)  NOT NULL,
    seq          integer       NOT NULL,
    bill_id      varchar(60)   NOT NULL,
    late_fee     numeric(14,2) NOT NULL CHECK (late_fee >= 0),
    principal    numeric(14,2) NOT NULL CHECK (principal >= 0),
    allocated_on date          NOT NULL,
    PRIMARY KEY (household_id, payment_id, seq)
);
CREATE INDEX allocation_by_bill ON billing.allocation (household_id, bill_id);

-- A reversed payment's allocations no longer count.
CREATE TABLE billing.payment_reversal (
    household_id varchar(100) NOT NULL,
    payment_id   varchar(100) NOT NULL,
    reason       text         NOT NULL,
    reversed_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (household_id, payment_id)
);

CREATE TABLE billing.waiver (
    household_id varchar(100)  NOT NULL,
    waiver_id    varchar(100)  NOT NULL,
    bill_id      varchar(60)   NOT NULL,
    kind         varchar(20)   NOT NULL,
    late_fee     numeric(14,2) NOT NULL,
    principal    numeric(14,2) NOT NULL,
    waived_on    date          NOT NULL,
    reason       text          NOT NULL,
    approver     varchar(200)  NOT NULL,
    PRIMARY KEY (household_id, waiver_id)
);

-- Collected money that counts: allocations of payments that were not reversed.
CREATE VIEW billing.effective_allocation AS
SELECT a.*
  FROM billing.allocation a
 WHERE NOT EXISTS (SELECT 1 FROM billing.payment_reversal r
                    WHERE r.household_id = a.household_id AND r.payment_id = a.payment_id);
