-- The Outreach module's tables: the documents sent to owners (addressed by content hash, so the exact PDF sent can be
-- produced later) and every notice issued, so the evidence pack, the limitation clock and analysis are plain SQL.
CREATE SCHEMA outreach;

-- Files (notice PDFs), stored once per content; at most 5 MB each.
CREATE TABLE outreach.document (
    sha256       char(64)     PRIMARY KEY,
    content_type varchar(100) NOT NULL,
    content      bytea        NOT NULL CHECK (octet_length(content) <= 5242880),
    created_at   timestamptz  NOT NULL DEFAULT now()
);

-- 通知单 / 催收函 / 律师函 / 公示: one row per notice issued to a household; the markup is the text as rendered, the
-- document the PDF as sent, the delivery (送达) once recorded. A notice of a public-notice batch shares its document.
CREATE TABLE outreach.notice (
    notice_id        varchar(100)  PRIMARY KEY,
    household_id     varchar(100)  NOT NULL,
    project_id       varchar(100)  NOT NULL,
    kind             varchar(20)   NOT NULL,
    issued_at        timestamptz   NOT NULL,
    issued_by        varchar(100)  NOT NULL,
    deadline         date,
    amount_owed      numeric(14,2) NOT NULL,
    template_version int           NOT NULL,
    document_sha256  char(64)      NOT NULL REFERENCES outreach.document (sha256),
    markup           text          NOT NULL,
    batch_id         varchar(100),
    delivered_on     date,
    delivery_method  varchar(50),
    delivery_proof   varchar(500)
);
CREATE INDEX notice_by_household ON outreach.notice (household_id, issued_at);
CREATE INDEX notice_by_batch ON outreach.notice (batch_id) WHERE batch_id IS NOT NULL;
