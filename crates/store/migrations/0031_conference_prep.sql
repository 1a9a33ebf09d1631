-- The teacher's preparation of a child's KOM conversation in a round: focus, message,
-- questions for the child and the parents, confidential notes, and the teacher's own view
-- on the spider web's axes (encoded as the instrument is). Staff only.

CREATE TABLE conference_prep (
    round_id TEXT NOT NULL REFERENCES round (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    focus TEXT,
    message TEXT,
    ask_child TEXT,
    ask_parents TEXT,
    confidential TEXT,
    teacher_web TEXT,
    updated_at BIGINT NOT NULL,
    updated_by TEXT REFERENCES staff (id),
    PRIMARY KEY (round_id, child_id)
);

-- When the family's summary of the conversation was sent to the guardians, and by whom.
CREATE TABLE summary_sent (
    round_id TEXT NOT NULL REFERENCES round (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    sent_at BIGINT NOT NULL,
    sent_by TEXT REFERENCES staff (id),
    mails BIGINT NOT NULL,
    PRIMARY KEY (round_id, child_id)
);

-- Agreements keep the order they were made in, also several within one second.
ALTER TABLE agreement ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;

-- What the child says about an agreement in the next child talk: done, partly, not yet.
ALTER TABLE agreement ADD COLUMN child_says TEXT;
