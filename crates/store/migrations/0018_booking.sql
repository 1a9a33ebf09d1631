-- Conversation slots and bookings. The database itself makes double booking impossible:
-- one booking per slot, one per child per round, and a request key that makes a repeated
-- form (a double tap, a resent page) the same booking once.

CREATE TABLE conference_slot (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    round_id TEXT NOT NULL REFERENCES round (id),
    class_id TEXT NOT NULL REFERENCES school_class (id),
    day TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    room TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (round_id, class_id, day, starts_at)
);
CREATE INDEX conference_slot_round_class ON conference_slot (round_id, class_id, day, starts_at);

CREATE TABLE booking (
    id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES round (id),
    slot_id TEXT NOT NULL UNIQUE REFERENCES conference_slot (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    guardian_id TEXT REFERENCES guardian (id),
    staff_id TEXT REFERENCES staff (id),
    request_key TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    UNIQUE (round_id, child_id)
);
