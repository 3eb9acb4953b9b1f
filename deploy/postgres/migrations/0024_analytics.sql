-- Analytics: the finance reports of closed months, kept as first produced after the month closed, so a closed month's
-- report reproduces exactly whatever is recorded (or back-dated) later.
CREATE SCHEMA IF NOT EXISTS analytics;

CREATE TABLE analytics.finance_month (
    node_id    varchar(100) NOT NULL,
    period     char(7)      NOT NULL,
    report     jsonb        NOT NULL,
    frozen_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (node_id, period)
);
