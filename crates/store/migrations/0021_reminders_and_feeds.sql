-- A booking is reminded the day before, once (the moment is kept so that two instances
-- never both send it). A member of staff may subscribe to their conversations from a
-- calendar app through a secret address; only its hash is kept.

ALTER TABLE booking ADD COLUMN reminded_at BIGINT;

CREATE TABLE calendar_feed (
    staff_id TEXT PRIMARY KEY REFERENCES staff (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
