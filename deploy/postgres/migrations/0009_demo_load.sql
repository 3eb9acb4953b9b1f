-- Which demo groups the silo has loaded completely (by size, months of history and day), so that a restart on the
-- same day skips a load that is already there and benchmarks can tell a loaded database from a half-loaded one.
CREATE TABLE cg_demo_load (
    group_id      text        NOT NULL,
    households    integer     NOT NULL,
    months        integer     NOT NULL,
    loaded_on     date        NOT NULL,
    completed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (group_id, households, months, loaded_on)
);
