-- Sign-in: server-side sessions, failed logins (for rate limits) and class-list imports
-- waiting for confirmation.

CREATE TABLE user_session (
    token_hash TEXT PRIMARY KEY,
    actor_kind TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    school_id TEXT NOT NULL REFERENCES school (id),
    language TEXT,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX user_session_actor ON user_session (actor_kind, actor_id);

CREATE TABLE login_failure (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    ip TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failure_email ON login_failure (email, at);
CREATE INDEX login_failure_ip ON login_failure (ip, at);

CREATE TABLE pending_import (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    staff_id TEXT NOT NULL REFERENCES staff (id),
    file_name TEXT NOT NULL,
    rows_csv TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
