-- The Customers module: each group's re-default models, versioned; the model itself is ML.NET's zip, the report its
-- evaluation on the holdout (CreditModelReport as JSON).
CREATE SCHEMA customers;

CREATE TABLE customers.credit_model (
    group_id    varchar(100) NOT NULL,
    version     integer      NOT NULL,
    trained_at  timestamptz  NOT NULL,
    in_use      boolean      NOT NULL,
    report      jsonb        NOT NULL,
    model       bytea        NOT NULL,
    PRIMARY KEY (group_id, version)
);
