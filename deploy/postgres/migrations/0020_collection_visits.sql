-- Visit proof (上门取证): the photos, addressed by content hash, and every visit with the result of its checks and the
-- supervisor's review, replaced by the case's latest word (a review changes the row).
CREATE TABLE collection.visit_photo (
    sha256        char(64)     PRIMARY KEY,
    content_type  varchar(20)  NOT NULL,
    size_bytes    integer      NOT NULL,
    content       bytea        NOT NULL,
    stored_at     timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE collection.visit (
    household_id    varchar(100)  NOT NULL,
    contact_id      varchar(100)  NOT NULL,
    project_id      varchar(100)  NOT NULL,
    building_id     varchar(100)  NOT NULL,
    collector       varchar(100)  NOT NULL,
    visited_at      timestamptz   NOT NULL,
    latitude        numeric(9,6)  NOT NULL,
    longitude       numeric(9,6)  NOT NULL,
    accuracy_m      numeric(9,1)  NOT NULL,
    distance_m      numeric(12,0),
    token_valid     boolean       NOT NULL,
    within_radius   boolean       NOT NULL,
    photo_valid     boolean       NOT NULL,
    photo_sha256    char(64),
    problems        text          NOT NULL,
    flagged         boolean       NOT NULL,
    sampled         boolean       NOT NULL,
    cheating        boolean,
    review_note     text,
    reviewed_by     varchar(100),
    reviewed_at     timestamptz,
    PRIMARY KEY (household_id, contact_id)
);
CREATE INDEX visit_to_review ON collection.visit (project_id, visited_at) WHERE (flagged OR sampled) AND reviewed_at IS NULL;
CREATE INDEX visit_by_contact ON collection.visit (contact_id);
