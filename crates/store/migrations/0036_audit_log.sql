-- The school's audit log: who did or saw what about which child, when, from where.
-- Rows are only added (and purged after the school's retention period). No foreign key
-- on the child or the actor: an entry outlives an erased child, and then names no one.

CREATE TABLE audit_entry (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    at BIGINT NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id TEXT,
    address TEXT,
    kind TEXT NOT NULL,
    child_id TEXT,
    round_id TEXT,
    detail TEXT
);
CREATE INDEX audit_entry_school_at ON audit_entry (school_id, at);
CREATE INDEX audit_entry_child ON audit_entry (child_id);

ALTER TABLE school ADD COLUMN audit_keep_days BIGINT NOT NULL DEFAULT 730;

-- Where a session was opened from, for the list of one's own sessions.
ALTER TABLE user_session ADD COLUMN address TEXT;
