-- 消息发件箱: every message decided for an owner, written in the same step as the decision, then sent by a silo's
-- sender (a lease per message, retries with backoff, the message id as the transport's idempotency key).
CREATE TABLE outreach.message (
    message_id      varchar(100)  PRIMARY KEY,
    service_id      varchar(150)  NOT NULL,   -- the Orleans service whose silos send it (deployments may share a database)
    household_id    varchar(100)  NOT NULL,
    project_id      varchar(100)  NOT NULL,
    channel         varchar(10)   NOT NULL,
    recipient       varchar(100)  NOT NULL,
    body            varchar(1000) NOT NULL,
    is_reminder     boolean       NOT NULL,
    decided_by      varchar(100)  NOT NULL,
    decided_at      timestamptz   NOT NULL,
    status          varchar(10)   NOT NULL DEFAULT 'Queued',
    attempts        int           NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL,
    lease_owner     varchar(100),
    lease_until     timestamptz,
    sent_at         timestamptz,
    note            varchar(500)
);
CREATE INDEX message_due ON outreach.message (service_id, next_attempt_at) WHERE status = 'Queued';
CREATE INDEX message_by_project ON outreach.message (project_id, decided_at DESC);
