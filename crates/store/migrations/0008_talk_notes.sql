-- The teacher's notes in a child talk. Each carries a visibility: 'staff' (vertrouwelijk:
-- the child's teachers and the care coordinator only) or 'family' (may be shared).

CREATE TABLE talk_note (
    id TEXT PRIMARY KEY,
    talk_id TEXT NOT NULL REFERENCES child_talk (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    visibility TEXT NOT NULL,
    text TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES staff (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX talk_note_child ON talk_note (child_id, created_at);
