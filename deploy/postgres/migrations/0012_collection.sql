-- The Collection module's own tables, copied from the household cases' outboxes (idempotent on each fact's key), so the
-- record sheet, analysis and exports are plain SQL. The case grains' state is the system of record.
CREATE SCHEMA collection;

-- One row per household that has a collection case: who holds it, its current task and class, and its summary (what the
-- project and collector grains load when they activate). Newer versions only replace older ones.
CREATE TABLE collection.household_case (
    household_id  varchar(100) PRIMARY KEY,
    project_id    varchar(100) NOT NULL,
    building_id   varchar(100) NOT NULL,
    collector     varchar(100),
    task_id       varchar(120),
    task_status   varchar(20),
    contact_class varchar(20),
    version       bigint       NOT NULL,
    summary       jsonb        NOT NULL,
    updated_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX household_case_by_project ON collection.household_case (project_id);
CREATE INDEX household_case_by_collector ON collection.household_case (collector) WHERE collector IS NOT NULL;

-- 催收记录: every contact, with what the system filled in (amount owed then, collector, task, outside the windows).
CREATE TABLE collection.contact (
    household_id      varchar(100)  NOT NULL,
    contact_id        varchar(100)  NOT NULL,
    project_id        varchar(100)  NOT NULL,
    building_id       varchar(100)  NOT NULL,
    task_id           varchar(120),
    collector         varchar(100)  NOT NULL,
    method            varchar(20)   NOT NULL,
    channel           varchar(50),
    script_id         varchar(100),
    script_version    integer,
    outcome           varchar(20)   NOT NULL,
    answered          boolean       NOT NULL,
    promised_date     date,
    promised_amount   numeric(14,2),
    reason_category   varchar(30),
    reason_text       text,
    notes             text,
    contacted_at      timestamptz   NOT NULL,
    amount_owed       numeric(14,2) NOT NULL,
    outside_window    boolean       NOT NULL,
    caps_overridden_by varchar(100),
    recorded_at       timestamptz   NOT NULL,
    PRIMARY KEY (household_id, contact_id)
);
CREATE INDEX contact_by_project_time ON collection.contact (project_id, contacted_at);
CREATE INDEX contact_by_collector_time ON collection.contact (collector, contacted_at);

-- Every task with its current state, and every change it went through.
CREATE TABLE collection.task (
    task_id      varchar(120) PRIMARY KEY,
    household_id varchar(100) NOT NULL,
    project_id   varchar(100) NOT NULL,
    building_id  varchar(100) NOT NULL,
    status       varchar(20)  NOT NULL,
    collector    varchar(100),
    opened_at    timestamptz  NOT NULL,
    closed_at    timestamptz,
    close_reason varchar(20),
    close_note   text,
    updated_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX task_by_project_status ON collection.task (project_id, status);

CREATE TABLE collection.task_event (
    task_id        varchar(120) NOT NULL,
    seq            integer      NOT NULL,
    household_id   varchar(100) NOT NULL,
    at             timestamptz  NOT NULL,
    actor          varchar(100) NOT NULL,
    from_status    varchar(20),
    to_status      varchar(20)  NOT NULL,
    from_collector varchar(100),
    to_collector   varchar(100),
    reason         text,
    PRIMARY KEY (task_id, seq)
);

-- Promises (class-A contacts) and what became of them.
CREATE TABLE collection.promise (
    household_id  varchar(100)  NOT NULL,
    contact_id    varchar(100)  NOT NULL,
    project_id    varchar(100)  NOT NULL,
    collector     varchar(100)  NOT NULL,
    made_at       timestamptz   NOT NULL,
    promised_date date          NOT NULL,
    amount        numeric(14,2) NOT NULL,
    state         varchar(20)   NOT NULL,
    decided_on    date,
    superseded    boolean       NOT NULL,
    PRIMARY KEY (household_id, contact_id)
);
CREATE INDEX promise_by_collector ON collection.promise (collector, decided_on);
