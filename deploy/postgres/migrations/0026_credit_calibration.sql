-- Customers: each model version's calibration on its holdout, per building (so any node from the group to a building
-- sums its own), written with the version. Month by month: one version a month, each at its holdout cut.
CREATE TABLE customers.calibration_cell (
    group_id      varchar(100)  NOT NULL,
    version       integer       NOT NULL,
    project_id    varchar(100)  NOT NULL,
    building_id   varchar(100)  NOT NULL,
    band          smallint      NOT NULL,   -- 0–4, or -1 for a tag's cell
    tag           varchar(30),
    households    integer       NOT NULL,
    predicted_sum numeric(14,4) NOT NULL,
    in_arrears    integer       NOT NULL,
    FOREIGN KEY (group_id, version) REFERENCES customers.credit_model (group_id, version)
);
CREATE INDEX calibration_cell_by_version ON customers.calibration_cell (group_id, version);
