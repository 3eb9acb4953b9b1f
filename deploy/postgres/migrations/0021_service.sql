-- 服务工单: service orders raised from owners' complaints. The household's service grain is the system of record; these
-- rows are its copy for the lists and the reason analysis (the whole order as JSON in body, its fields as columns).
CREATE SCHEMA IF NOT EXISTS service;

CREATE TABLE service.service_order (
    order_id      varchar(120)  PRIMARY KEY,
    household_id  varchar(100)  NOT NULL,
    project_id    varchar(100)  NOT NULL,
    building_id   varchar(100)  NOT NULL,
    category      varchar(30)   NOT NULL,
    description   text          NOT NULL,
    contact_id    varchar(100),
    status        varchar(20)   NOT NULL,
    deadline      date          NOT NULL,
    opened_by     varchar(100)  NOT NULL,
    opened_at     timestamptz   NOT NULL,
    resolved_at   timestamptz,
    confirmed_at  timestamptz,
    events        integer       NOT NULL,
    body          jsonb         NOT NULL,
    updated_at    timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX service_order_by_project ON service.service_order (project_id, opened_at DESC, order_id DESC);
CREATE INDEX service_order_by_building ON service.service_order (building_id, opened_at DESC, order_id DESC);
CREATE INDEX service_order_by_household ON service.service_order (household_id);

CREATE TABLE service.service_order_event (
    order_id     varchar(120)  NOT NULL,
    seq          integer       NOT NULL,
    at           timestamptz   NOT NULL,
    actor        varchar(100)  NOT NULL,
    from_status  varchar(20),
    to_status    varchar(20)   NOT NULL,
    note         text,
    PRIMARY KEY (order_id, seq)
);

CREATE TABLE service.photo (
    sha256        char(64)     PRIMARY KEY,
    content_type  varchar(20)  NOT NULL,
    size_bytes    integer      NOT NULL,
    content       bytea        NOT NULL,
    stored_at     timestamptz  NOT NULL DEFAULT now()
);
