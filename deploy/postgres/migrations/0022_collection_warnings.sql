-- 催收预警: every warning a case raised, with its current level and when its cause went away; replaced by the case's
-- latest word. changed_at moves when a warning is raised, climbs a level or is cleared (what warningRaised streams).
CREATE TABLE collection.warning (
    household_id      varchar(100)  NOT NULL,
    warning_id        varchar(200)  NOT NULL,
    project_id        varchar(100)  NOT NULL,
    building_id       varchar(100)  NOT NULL,
    kind              varchar(40)   NOT NULL,
    level             varchar(20)   NOT NULL,
    detail            text          NOT NULL,
    collector         varchar(100),
    task_id           varchar(120),
    suggested_method  varchar(20),
    raised_on         date          NOT NULL,
    raised_at         timestamptz   NOT NULL,
    changed_at        timestamptz   NOT NULL,
    cleared_on        date,
    PRIMARY KEY (household_id, warning_id)
);
CREATE INDEX warning_open_by_project ON collection.warning (project_id, changed_at DESC) WHERE cleared_on IS NULL;
CREATE INDEX warning_by_building ON collection.warning (building_id, changed_at DESC);
CREATE INDEX warning_by_project ON collection.warning (project_id, changed_at DESC);
