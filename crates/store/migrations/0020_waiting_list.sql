-- The waiting list of a round: families that found no free slot (or want another one) wait
-- in the order they asked. A slot that frees up is offered to the first of them, held for
-- that family until the offer expires; nobody else can book a held slot.

CREATE TABLE booking_wait (
    id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES round (id),
    class_id TEXT NOT NULL REFERENCES school_class (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    guardian_id TEXT REFERENCES guardian (id),
    -- Microseconds since the Unix epoch: the order of the list, even within one second.
    queued_at BIGINT NOT NULL,
    offered_slot_id TEXT UNIQUE REFERENCES conference_slot (id),
    offer_expires_at BIGINT,
    UNIQUE (round_id, child_id)
);
CREATE INDEX booking_wait_queue ON booking_wait (round_id, class_id, queued_at);
