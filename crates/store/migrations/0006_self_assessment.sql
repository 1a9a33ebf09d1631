-- Visual self-assessment: what a child filled in per round and instrument (thermometer,
-- spider web, …), stored as short text the core parses. Visible to the child and staff.

CREATE TABLE self_assessment (
    round_id TEXT NOT NULL REFERENCES round (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    instrument TEXT NOT NULL,
    value TEXT NOT NULL,
    visibility TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (round_id, child_id, instrument)
);
