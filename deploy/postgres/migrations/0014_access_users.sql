-- Access: the directory of users, for listing them by scope. The user grain's own state is the truth; each change of a
-- user writes its row here after the state is stored (a repeated call writes it again).
CREATE TABLE access.user_account (
    username             text PRIMARY KEY,
    display_name         text NOT NULL,
    role                 text NOT NULL,
    scope_node_id        text NOT NULL,
    disabled             boolean NOT NULL,
    must_change_password boolean NOT NULL,
    updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_account_by_scope ON access.user_account (scope_node_id, username);
