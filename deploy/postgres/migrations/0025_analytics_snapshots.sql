-- Analytics: month-end snapshots of every analysis of a closed month (not only the finance report), and the analysis
-- reports produced per node (weekly, monthly) with their files, as delivered to the node's managers.
CREATE TABLE analytics.kept_month (
    node_id   varchar(100) NOT NULL,
    period    char(7)      NOT NULL,
    analysis  varchar(40)  NOT NULL,   -- finance | reasons:<cut> | rolls | report
    body      jsonb        NOT NULL,
    kept_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (node_id, analysis, period)
);
INSERT INTO analytics.kept_month (node_id, period, analysis, body, kept_at)
SELECT node_id, period, 'finance', report, frozen_at FROM analytics.finance_month;
DROP TABLE analytics.finance_month;

CREATE TABLE analytics.report (
    report_id    varchar(150) PRIMARY KEY,   -- {node}:{cadence}:{period or week}
    node_id      varchar(100) NOT NULL,
    cadence      varchar(10)  NOT NULL,
    title        varchar(200) NOT NULL,
    period_start date         NOT NULL,
    period_end   date         NOT NULL,
    produced_at  timestamptz  NOT NULL,
    produced_by  varchar(100) NOT NULL,
    recipients   text[]       NOT NULL,
    xlsx         bytea        NOT NULL,
    pdf          bytea        NOT NULL
);
CREATE INDEX report_by_node ON analytics.report (node_id, period_start DESC);

-- Messages to staff (an analysis report to a node's managers) have no household; they carry files.
ALTER TABLE outreach.message ALTER COLUMN household_id DROP NOT NULL;
ALTER TABLE outreach.message ADD COLUMN attachments jsonb;
