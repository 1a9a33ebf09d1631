-- Which guardian read what the KOM conversation brought (the frame and the agreements), and
-- when: the teacher sees who did.

CREATE TABLE summary_read (
    round_id TEXT NOT NULL REFERENCES round (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    guardian_id TEXT NOT NULL REFERENCES guardian (id),
    read_at BIGINT NOT NULL,
    PRIMARY KEY (round_id, child_id, guardian_id)
);
