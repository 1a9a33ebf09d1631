-- The child's own media: consent for recordings, the video of a talk, and the portfolio.
-- Files live in the data directory as media/<id>; rows say whose they are, what they really
-- are (told from their bytes) and until when they are kept.

ALTER TABLE school ADD COLUMN video_max_seconds BIGINT NOT NULL DEFAULT 120;
ALTER TABLE school ADD COLUMN video_max_bytes BIGINT NOT NULL DEFAULT 104857600;
-- NULL: kept until the end of the school year; else days after the round's conferences.
ALTER TABLE school ADD COLUMN video_keep_days BIGINT;

-- Every consent given and withdrawn stays on record; the one without withdrawn_at holds.
CREATE TABLE media_consent (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    given_by TEXT NOT NULL,
    given_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES staff (id),
    recorded_at BIGINT NOT NULL,
    withdrawn_by TEXT REFERENCES staff (id),
    withdrawn_at BIGINT
);
CREATE INDEX media_consent_child ON media_consent (child_id);

-- One video per child per round; recording again replaces it.
CREATE TABLE child_video (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    round_id TEXT NOT NULL REFERENCES round (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    show_in_conversation BIGINT NOT NULL DEFAULT 0,
    made_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    delete_after TEXT NOT NULL,
    UNIQUE (round_id, child_id)
);
CREATE INDEX child_video_delete_after ON child_video (delete_after);

-- What a child adds to their portfolio: a photo, a file or a short text. Nothing is shown
-- to the family before a teacher approved it.
CREATE TABLE portfolio_item (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    content_type TEXT,
    size_bytes BIGINT,
    added_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    approved_by TEXT REFERENCES staff (id),
    approved_at BIGINT
);
CREATE INDEX portfolio_item_child ON portfolio_item (child_id, created_at);
