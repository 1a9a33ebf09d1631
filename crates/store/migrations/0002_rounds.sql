-- Rounds (gespreksrondes) and the classes they cover.

CREATE TABLE round (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    name TEXT NOT NULL,
    child_talk_from TEXT NOT NULL,
    child_talk_until TEXT NOT NULL,
    parent_prep_until TEXT,
    booking_opens_at BIGINT NOT NULL,
    booking_closes_at BIGINT NOT NULL,
    conference_from TEXT NOT NULL,
    conference_until TEXT NOT NULL,
    follow_up_on TEXT,
    created_by TEXT REFERENCES staff (id),
    created_at BIGINT NOT NULL
);

CREATE TABLE round_class (
    round_id TEXT NOT NULL REFERENCES round (id),
    class_id TEXT NOT NULL REFERENCES school_class (id),
    PRIMARY KEY (round_id, class_id)
);
CREATE INDEX round_class_class ON round_class (class_id);
