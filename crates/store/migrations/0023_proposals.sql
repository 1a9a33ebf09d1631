-- How families get a time, per round: they choose ('choose', the default), or the school
-- proposes ('propose') from the moments each family said suit them. A proposed booking is
-- a real booking (the slot is theirs) until the family confirms or picks another.

ALTER TABLE round ADD COLUMN booking_mode TEXT NOT NULL DEFAULT 'choose';
ALTER TABLE booking ADD COLUMN proposed BIGINT NOT NULL DEFAULT 0;

CREATE TABLE availability (
    round_id TEXT NOT NULL REFERENCES round (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    day TEXT NOT NULL,
    -- 'afternoon' (until 17:00) or 'evening' (from 17:00)
    part TEXT NOT NULL,
    guardian_id TEXT REFERENCES guardian (id),
    PRIMARY KEY (round_id, child_id, day, part)
);
