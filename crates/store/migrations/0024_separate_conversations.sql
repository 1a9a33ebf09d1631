-- Separated parents may each have their own conversation about their child, when the
-- teacher allows it for that child and round. A booking then belongs to a seat: '' for the
-- family together (the default), or the household that booked it. One booking per child,
-- round and seat; the table is rebuilt because the old one-per-child key cannot be dropped
-- in place on SQLite.

CREATE TABLE separate_conversations (
    round_id TEXT NOT NULL REFERENCES round (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (round_id, child_id)
);

CREATE TABLE booking_seated (
    id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES round (id),
    slot_id TEXT NOT NULL UNIQUE REFERENCES conference_slot (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    seat TEXT NOT NULL DEFAULT '',
    guardian_id TEXT REFERENCES guardian (id),
    staff_id TEXT REFERENCES staff (id),
    request_key TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    reminded_at BIGINT,
    proposed BIGINT NOT NULL DEFAULT 0,
    UNIQUE (round_id, child_id, seat)
);
INSERT INTO booking_seated (id, round_id, slot_id, child_id, seat, guardian_id, staff_id, request_key, created_at,
    reminded_at, proposed)
SELECT id, round_id, slot_id, child_id, '', guardian_id, staff_id, request_key, created_at, reminded_at, proposed
FROM booking;
DROP TABLE booking;
ALTER TABLE booking_seated RENAME TO booking;
