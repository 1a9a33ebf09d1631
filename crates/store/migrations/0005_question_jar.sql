-- The question jar (vragenpot): a teacher's own questions (kept for next year), the jar of a
-- class, and the questions drawn in a child talk with the short answers noted.

CREATE TABLE own_question (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    staff_id TEXT NOT NULL REFERENCES staff (id),
    category TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE jar_entry (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    class_id TEXT NOT NULL REFERENCES school_class (id),
    bank_id TEXT,
    own_id TEXT REFERENCES own_question (id),
    category TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (class_id, bank_id),
    UNIQUE (class_id, own_id)
);

-- The question's text is copied: the history of a talk stays when the jar changes.
CREATE TABLE talk_question (
    talk_id TEXT NOT NULL REFERENCES child_talk (id),
    entry_id TEXT NOT NULL,
    text TEXT NOT NULL,
    answer TEXT NOT NULL,
    drawn_at BIGINT NOT NULL,
    PRIMARY KEY (talk_id, entry_id)
);
