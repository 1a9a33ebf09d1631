-- The gesprekskader of a child's KOM conversation in a round: one row per box filled in
-- (an empty box is no row), and the agreements it ends with, each with who, by when and
-- how it went. Both are for the family to read.

CREATE TABLE conference_frame (
    round_id TEXT NOT NULL REFERENCES round (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    box TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT REFERENCES staff (id),
    PRIMARY KEY (round_id, child_id, box)
);

CREATE TABLE agreement (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    round_id TEXT NOT NULL REFERENCES round (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    what TEXT NOT NULL,
    who TEXT NOT NULL,
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    note TEXT,
    created_at BIGINT NOT NULL,
    created_by TEXT REFERENCES staff (id),
    updated_at BIGINT NOT NULL
);
CREATE INDEX agreement_child ON agreement (child_id, round_id, created_at);
